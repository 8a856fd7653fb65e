package org.caresettle.batch.inbox.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;

/**
 * The second pass: hands out the declarations of a readable file one at a time, in order of
 * first appearance, reading the file lazily.
 *
 * <p>It collects a window of consecutive messages whose rows together fit the row budget and
 * whose first row lies ahead of the read position, and hands out the first one as soon as its
 * last row is read. When each message's rows are contiguous, only the message being read is
 * buffered and the file is read once. When messages interleave, rows of later messages in the
 * window are buffered meanwhile; a message whose first row was passed before it could join the
 * window is collected by reading the file again from the start. Memory stays within the budget
 * (or one declaration, if that is larger); only pathological interleaving costs extra reads.
 *
 * <p>The file was checked by the first pass; if a re-read finds other rows, the file changed
 * while it was read and the cursor fails with {@link IllegalStateException}. Disk errors are
 * {@link UncheckedIOException}s. Close it when stopping early.
 */
public final class DeclarationCursor implements Iterator<RawDeclaration>, AutoCloseable {

    private final Path file;
    private final MessageIndex index;
    private final CsvLimits limits;
    private final Map<Integer, DeclarationBuilder> window = new HashMap<>();
    private CsvRowReader reader;
    private int messageIdPosition;
    private long nextRowOrdinal;
    private int next;
    private int windowEnd;
    private long reservedRows;
    private int reads;
    private RawDeclaration ready;

    DeclarationCursor(Path file, MessageIndex index, CsvLimits limits) {
        this.file = file;
        this.index = index;
        this.limits = limits;
    }

    @Override
    public boolean hasNext() {
        if (ready == null && next < index.size()) {
            ready = collectNext();
        }
        if (ready == null) {
            close();
        }
        return ready != null;
    }

    @Override
    public RawDeclaration next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawDeclaration declaration = ready;
        ready = null;
        return declaration;
    }

    /** How often the file was read so far in this pass: 1 unless messages interleave beyond the budget. */
    int reads() {
        return reads;
    }

    /** Rows read so far in the current read of the file; tests use it to see that reading is lazy. */
    long rowsRead() {
        return nextRowOrdinal;
    }

    /** Rows buffered for declarations not yet handed out. */
    long bufferedRows() {
        return window.values().stream().mapToLong(DeclarationBuilder::size).sum();
    }

    @Override
    public void close() {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                reader = null;
            }
        }
    }

    private RawDeclaration collectNext() {
        try {
            if (reader == null) {
                restart();
            }
            extendWindow();
            if (next == windowEnd) {
                restart();
                extendWindow();
            }
            DeclarationBuilder current = window.get(next);
            while (!current.isComplete()) {
                CsvRow row = reader.next();
                if (row == null) {
                    throw changed();
                }
                collect(row, nextRowOrdinal++);
            }
            window.remove(next);
            reservedRows -= index.rowsOf(next);
            next++;
            return current.build();
        } catch (CsvRefusal e) {
            throw changed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(CsvRow row, long ordinal) {
        int message = index.indexOf(row.cell(messageIdPosition));
        if (message < 0) {
            throw changed();
        }
        DeclarationBuilder builder = window.get(message);
        if (builder == null) {
            return;
        }
        if (builder.isEmpty() && ordinal != index.firstRowOf(message) || !builder.add(row)) {
            throw changed();
        }
    }

    /** Admits the following messages whose rows all still lie ahead, as far as the budget allows. */
    private void extendWindow() {
        while (windowEnd < index.size()
                && index.firstRowOf(windowEnd) >= nextRowOrdinal
                && (windowEnd == next || reservedRows + index.rowsOf(windowEnd) <= limits.rowBudget())) {
            window.put(windowEnd, new DeclarationBuilder(reader.layout(), index.rowsOf(windowEnd)));
            reservedRows += index.rowsOf(windowEnd);
            windowEnd++;
        }
    }

    private void restart() throws IOException {
        close();
        reader = CsvRowReader.open(file, limits.maxLineChars());
        reads++;
        messageIdPosition = reader.layout().positionOf(DeclarationColumn.MESSAGE_ID);
        nextRowOrdinal = 0;
        window.clear();
        windowEnd = next;
        reservedRows = 0;
    }

    private IllegalStateException changed() {
        return new IllegalStateException("inbox file " + file.getFileName() + " changed while it was read");
    }
}
