package org.caresettle.core.reference.check;

import java.util.List;

/**
 * One data row of a reference file as plain text: its physical line in the file (the header
 * is line 1) and its cells, trimmed, in the order of the file's header.
 */
public record ReferenceRow(int lineNumber, List<String> cells) {

    public ReferenceRow {
        cells = List.copyOf(cells);
    }

    public static ReferenceRow of(int lineNumber, String... cells) {
        return new ReferenceRow(lineNumber, List.of(cells));
    }
}
