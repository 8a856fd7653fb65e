package org.caresettle.batch.inbox.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;

/**
 * Gathers the rows of one message into a {@link RawDeclaration}. The header fields come from the
 * message's first row; a later row that disagrees marks {@code HEADER_MISMATCH}, a row with the
 * wrong number of cells {@code FIELD_COUNT} (SPEC 14). A cell a short row lacks reads as empty
 * and is not compared: the row already carries FIELD_COUNT.
 */
final class DeclarationBuilder {

    static final String FIELD_COUNT = "FIELD_COUNT";
    static final String HEADER_MISMATCH = "HEADER_MISMATCH";

    private final CsvLayout layout;
    private final int expectedRows;
    private final List<RawLine> lines = new ArrayList<>();
    private final Map<DeclarationColumn, String> firstRowHeader = new EnumMap<>(DeclarationColumn.class);
    private boolean fieldCount;
    private boolean headerMismatch;

    DeclarationBuilder(CsvLayout layout, int expectedRows) {
        this.layout = layout;
        this.expectedRows = expectedRows;
    }

    /** False when the message has more rows than the first pass counted: the file changed under us. */
    boolean add(CsvRow row) {
        if (lines.size() == expectedRows) {
            return false;
        }
        if (row.cells().size() != layout.columnCount()) {
            fieldCount = true;
        }
        for (DeclarationColumn column : DeclarationColumn.HEADER) {
            String cell = row.cell(layout.positionOf(column));
            if (lines.isEmpty()) {
                firstRowHeader.put(column, cell);
            } else if (cell != null && firstRowHeader.get(column) != null && !cell.equals(firstRowHeader.get(column))) {
                headerMismatch = true;
            }
        }
        Map<DeclarationColumn, String> fields = new EnumMap<>(DeclarationColumn.class);
        for (DeclarationColumn column : DeclarationColumn.LINE) {
            fields.put(column, orEmpty(row.cell(layout.positionOf(column))));
        }
        lines.add(new RawLine(row.line(), Collections.unmodifiableMap(fields)));
        return true;
    }

    int size() {
        return lines.size();
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    boolean isComplete() {
        return lines.size() == expectedRows;
    }

    RawDeclaration build() {
        Map<DeclarationColumn, String> header = new EnumMap<>(DeclarationColumn.class);
        firstRowHeader.forEach((column, value) -> header.put(column, orEmpty(value)));
        List<String> problems = new ArrayList<>(2);
        if (fieldCount) {
            problems.add(FIELD_COUNT);
        }
        if (headerMismatch) {
            problems.add(HEADER_MISMATCH);
        }
        return new RawDeclaration(RawDeclaration.SourceFormat.CSV, Collections.unmodifiableMap(header),
                Collections.unmodifiableList(lines), List.copyOf(problems));
    }

    private static String orEmpty(String cell) {
        return cell == null ? "" : cell;
    }
}
