package org.caresettle.core.reference.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reference tables written in code as comma-separated rows (cells are trimmed, as the batch
 * shell trims them). Data rows start on line 2 in the order given.
 */
final class TestTables {

    private final Map<ReferenceFile, List<String>> headers = new EnumMap<>(ReferenceFile.class);
    private final Map<ReferenceFile, List<List<String>>> rows = new EnumMap<>(ReferenceFile.class);

    static TestTables empty() {
        return new TestTables();
    }

    /** The region of SPEC 12, plus a category-wide arrangement A5 beside the specific A1. */
    static TestTables workedExample() {
        return new TestTables()
                .rows(ReferenceFile.MUNICIPALITIES,
                        "0405,Hoorn,WF",
                        "0388,Enkhuizen,WF",
                        "0532,Stede Broec,WF")
                .rows(ReferenceFile.PROVIDERS,
                        "12345678,Jeugdzorg West-Friesland",
                        "87654321,Thuishulp Noord")
                .rows(ReferenceFile.PRODUCTS,
                        "JW,45,45A01,Ambulante jeugdhulp,false",
                        "JW,43,43A01,Jeugdhulp met verblijf,true",
                        "WMO,02,02A01,Begeleiding,false")
                .rows(ReferenceFile.ARRANGEMENTS,
                        "A1,12345678,WF,JW,45,45A01,PERFORMANCE,04,8550,2026-01-01,2026-12-31,,,",
                        "A2,12345678,WF,JW,43,43A01,RESULT,82,450000,2026-01-01,2026-12-31,1000,5000,",
                        "A3,87654321,WF,WMO,02,02A01,PERFORMANCE,04,6200,2026-01-01,2026-12-31,,,",
                        "A4,12345678,WF,JW,46,,AVAILABILITY,,,2026-01-01,2026-12-31,,,1200007",
                        "A5,12345678,WF,JW,45,,PERFORMANCE,04,9000,2026-01-01,,,,")
                .rows(ReferenceFile.ALLOCATIONS,
                        "1001,0405,999900006,12345678,JW,45,45A01,2026-01-01,2026-12-31,10,04,4,,ACTIVE",
                        "2001,0388,999900018,12345678,JW,43,43A01,2026-02-15,,1,82,4,,ACTIVE",
                        "3001,0532,999900031,87654321,WMO,02,02A01,2026-01-01,2026-12-31,8,04,2,500000,ACTIVE")
                .rows(ReferenceFile.POOLING_KEYS,
                        "WF,2026,0405,0.550000",
                        "WF,2026,0388,0.2",
                        "WF,2026,0532,0.25")
                .rows(ReferenceFile.BUDGETS,
                        "0405,2026,JW,150000000",
                        "0388,2026,JW,40000000",
                        "0532,2026,WMO,30000000")
                .rows(ReferenceFile.OUTCOMES,
                        "2001,0388,2026-03-20,ACHIEVED");
    }

    /** Replaces the rows of a file. */
    TestTables rows(ReferenceFile file, String... csvRows) {
        List<List<String>> parsed = new ArrayList<>();
        for (String row : csvRows) {
            parsed.add(split(row));
        }
        rows.put(file, parsed);
        return this;
    }

    /** Appends rows to a file; the first gets the line after the last row so far. */
    TestTables add(ReferenceFile file, String... csvRows) {
        List<List<String>> list = rows.computeIfAbsent(file, f -> new ArrayList<>());
        for (String row : csvRows) {
            list.add(split(row));
        }
        return this;
    }

    /** Sets one cell, by physical line (2 = first data row) and column name of the file. */
    TestTables set(ReferenceFile file, int line, String column, String value) {
        List<String> header = header(file);
        int position = header.indexOf(column);
        if (position < 0) {
            throw new IllegalArgumentException(column);
        }
        rows.get(file).get(line - 2).set(position, value);
        return this;
    }

    /** Removes the row on a physical line; later rows move up one line. */
    TestTables remove(ReferenceFile file, int line) {
        rows.get(file).remove(line - 2);
        return this;
    }

    TestTables header(ReferenceFile file, String csvHeader) {
        headers.put(file, split(csvHeader));
        return this;
    }

    /** Leaves a file out of the map, as if it were missing. */
    TestTables missing(ReferenceFile file) {
        rows.remove(file);
        headers.put(file, null);
        return this;
    }

    Map<ReferenceFile, ReferenceTable> tables() {
        Map<ReferenceFile, ReferenceTable> tables = new EnumMap<>(ReferenceFile.class);
        for (ReferenceFile file : ReferenceFile.values()) {
            if (headers.containsKey(file) && headers.get(file) == null) {
                continue;
            }
            List<ReferenceRow> tableRows = new ArrayList<>();
            List<List<String>> cells = rows.getOrDefault(file, List.of());
            for (int i = 0; i < cells.size(); i++) {
                tableRows.add(new ReferenceRow(i + 2, cells.get(i)));
            }
            tables.put(file, new ReferenceTable(file, header(file), tableRows));
        }
        return tables;
    }

    ReferenceCheckResult check() {
        return ReferenceChecker.check(tables());
    }

    private List<String> header(ReferenceFile file) {
        List<String> header = headers.get(file);
        return header != null ? header : file.columns();
    }

    private static List<String> split(String csv) {
        return new ArrayList<>(Arrays.stream(csv.split(",", -1)).map(String::trim).toList());
    }
}
