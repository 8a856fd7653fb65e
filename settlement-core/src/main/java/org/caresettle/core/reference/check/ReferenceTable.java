package org.caresettle.core.reference.check;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A reference file as read: its header names and its data rows. A missing file is an
 * {@link #empty(ReferenceFile) empty} table, which SPEC section 3 treats as a file without rows.
 * The rows may be streamed: the checker goes through them once, so a caller with a national
 * allocation file (millions of rows) can hand over an {@link Iterable} that reads the file as it
 * goes instead of holding every row in memory. A collection is copied, as before.
 */
public record ReferenceTable(ReferenceFile file, List<String> header, Iterable<ReferenceRow> rows) {

    public ReferenceTable {
        Objects.requireNonNull(file, "file");
        header = List.copyOf(header);
        if (rows instanceof Collection<ReferenceRow> collection) {
            rows = List.copyOf(collection);
        }
        Objects.requireNonNull(rows, "rows");
    }

    public static ReferenceTable empty(ReferenceFile file) {
        return new ReferenceTable(file, file.columns(), List.of());
    }
}
