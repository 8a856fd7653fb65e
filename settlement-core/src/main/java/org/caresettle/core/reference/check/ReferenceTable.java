package org.caresettle.core.reference.check;

import java.util.List;
import java.util.Objects;

/**
 * A reference file as read: its header names and its data rows. A missing file is an
 * {@link #empty(ReferenceFile) empty} table, which SPEC section 3 treats as a file without rows.
 */
public record ReferenceTable(ReferenceFile file, List<String> header, List<ReferenceRow> rows) {

    public ReferenceTable {
        Objects.requireNonNull(file, "file");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static ReferenceTable empty(ReferenceFile file) {
        return new ReferenceTable(file, file.columns(), List.of());
    }
}
