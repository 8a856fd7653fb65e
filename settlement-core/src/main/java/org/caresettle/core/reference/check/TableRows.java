package org.caresettle.core.reference.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The readable rows of one table: checks the header ({@code HEADER}) and each row's cell count
 * ({@code FORMAT:row}). When the header is wrong no row is read at all, because a cell cannot be
 * trusted to be the column it seems to be.
 *
 * @param complete false when some row (or the whole file) could not be read
 */
record TableRows(List<CellReader> rows, boolean complete) {

    /** A byte order mark the reader may have left on the first name; it is not part of the name. */
    private static final char BOM = '\uFEFF';

    static TableRows read(ReferenceTable table, Violations violations) {
        List<CellReader> rows = new ArrayList<>();
        boolean complete = forEach(table, violations, rows::add);
        return new TableRows(rows, complete);
    }

    /**
     * Hands each readable row to {@code action} as it is read, keeping none: for a table too large
     * to hold (allocations). Returns whether every row could be read, as {@link #complete()}.
     */
    static boolean forEach(ReferenceTable table, Violations violations, Consumer<CellReader> action) {
        ReferenceFile file = table.file();
        Map<String, Integer> index = indexHeader(file, table.header(), violations);
        if (index == null) {
            return false;
        }
        boolean complete = true;
        for (ReferenceRow row : table.rows()) {
            if (row.cells().size() != index.size()) {
                violations.add(file, row.lineNumber(), Rule.format("row"), "row has " + row.cells().size()
                        + " cells, the header has " + index.size());
                complete = false;
                continue;
            }
            action.accept(new CellReader(file, row.lineNumber(), index, row.cells(), violations));
        }
        return complete;
    }

    private static Map<String, Integer> indexHeader(ReferenceFile file, List<String> header, Violations violations) {
        Map<String, Integer> index = new HashMap<>();
        Set<String> duplicate = new LinkedHashSet<>();
        Set<String> unexpected = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).trim();
            if (i == 0 && !name.isEmpty() && name.charAt(0) == BOM) {
                name = name.substring(1).trim();
            }
            if (!file.columns().contains(name)) {
                unexpected.add(name);
            } else if (index.putIfAbsent(name, i) != null) {
                duplicate.add(name);
            }
        }
        List<String> missing = file.columns().stream().filter(c -> !index.containsKey(c)).toList();
        if (missing.isEmpty() && unexpected.isEmpty() && duplicate.isEmpty()) {
            return index;
        }
        List<String> problems = new ArrayList<>();
        if (!missing.isEmpty()) {
            problems.add("missing column(s) " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            problems.add("unexpected column(s) " + String.join(", ", unexpected.stream()
                    .map(n -> n.isEmpty() ? "(empty name)" : CellReader.quote(n)).toList()));
        }
        if (!duplicate.isEmpty()) {
            problems.add("repeated column(s) " + String.join(", ", duplicate));
        }
        violations.add(file, 1, Rule.HEADER, "header must hold exactly " + String.join(", ", file.columns())
                + ": " + String.join("; ", problems));
        return null;
    }
}
