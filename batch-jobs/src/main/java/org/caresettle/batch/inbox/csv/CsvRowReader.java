package org.caresettle.batch.inbox.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.csv.Utf8Text;

/**
 * Streams the data rows of one CSV inbox file, one at a time, behind the guards that keep a
 * hostile file from filling the heap. Both passes of {@link CsvDeclarationFile} read through
 * it, so they see exactly the same rows with the same line numbers. Empty lines, and rows whose
 * cells are all empty (a spreadsheet's trailing {@code ;;;;}), are skipped.
 */
final class CsvRowReader implements Closeable {

    private final Reader reader;
    private final CsvLayout layout;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    private CsvRowReader(Reader reader, CsvLayout layout, CSVParser parser) {
        this.reader = reader;
        this.layout = layout;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens the file and reads its header; a refusal names why the file cannot be read at all. */
    static CsvRowReader open(Path file, int maxLineChars) throws IOException {
        InputStream bytes = Files.newInputStream(file);
        try {
            RecordLengthGuard guard = new RecordLengthGuard(Utf8Text.open(new TextBytesGuard(bytes)), maxLineChars);
            PushbackReader text = new PushbackReader(guard, 1);
            int first = text.read();
            if (first == -1) {
                throw new CsvRefusal("empty file");
            }
            text.unread(first);
            StringBuilder header = new StringBuilder();
            int lookahead = readHeaderLine(text, header);
            char separator = CsvLayout.separatorOf(header.toString());
            CsvLayout layout = CsvLayout.of(separator, headerNames(header.toString(), separator));
            guard.startRecords(separator, lookahead);
            if (lookahead != -1) {
                text.unread(lookahead);
            }
            return new CsvRowReader(text, layout, new CSVParser(text, CsvLayout.format(separator)));
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw readFailure(e, 1);
        }
    }

    /** Reads up to the first line break; returns a character read past a lone CR, else -1. */
    private static int readHeaderLine(Reader text, StringBuilder header) throws IOException {
        int c;
        while ((c = text.read()) != -1 && c != '\n' && c != '\r') {
            header.append((char) c);
        }
        if (c == '\r') {
            int next = text.read();
            return next == '\n' ? -1 : next;
        }
        return -1;
    }

    private static List<String> headerNames(String headerLine, char separator) throws IOException {
        try (CSVParser header = CSVParser.parse(headerLine, CsvLayout.format(separator))) {
            Iterator<CSVRecord> first = header.iterator();
            return first.hasNext() ? first.next().toList() : List.of("");
        } catch (UncheckedIOException | IOException e) {
            throw new CsvRefusal("line 1 is not valid CSV");
        }
    }

    CsvLayout layout() {
        return layout;
    }

    /** The next non-empty row, or {@code null} after the last one. */
    CsvRow next() throws IOException {
        long line = 0;
        try {
            while (true) {
                line = parser.getCurrentLineNumber() + 2;
                if (!records.hasNext()) {
                    return null;
                }
                List<String> cells = records.next().toList();
                if (!allEmpty(cells)) {
                    return new CsvRow(line, cells);
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw readFailure(e, line);
        }
    }

    /**
     * A refusal when the exception says the file is not readable CSV text; an I/O failure of the
     * disk stays an I/O failure. The parser's own messages are not passed on: they may quote a cell.
     */
    private static IOException readFailure(Exception thrown, long line) {
        CsvRefusal refusal = CsvRefusal.findIn(thrown);
        if (refusal != null) {
            return refusal;
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CSVException) {
                return new CsvRefusal("line " + line + " is not valid CSV");
            }
        }
        if (thrown instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (thrown instanceof IOException io) {
            return io;
        }
        throw (RuntimeException) thrown;
    }

    private static boolean allEmpty(List<String> cells) {
        for (String cell : cells) {
            if (!cell.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
