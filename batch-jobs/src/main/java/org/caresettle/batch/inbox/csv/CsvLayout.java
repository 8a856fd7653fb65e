package org.caresettle.batch.inbox.csv;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.caresettle.core.declaration.DeclarationColumn;

/**
 * Where each of the 24 columns stands in one file, and the separator it uses (SPEC 14: the
 * header holds exactly the 24 names in any order; the separator is whichever of {@code ;} and
 * {@code ,} occurs more often in the header line, a comma when they tie).
 */
final class CsvLayout {

    /** A cell of a header that is really a data row could be a BSN: only name-like cells are echoed. */
    private static final Pattern NAME_LIKE = Pattern.compile("[A-Za-z_ ]{1,40}");

    private final char separator;
    private final Map<DeclarationColumn, Integer> positions;

    private CsvLayout(char separator, Map<DeclarationColumn, Integer> positions) {
        this.separator = separator;
        this.positions = positions;
    }

    static char separatorOf(String headerLine) {
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long commas = headerLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .setIgnoreEmptyLines(false)
                .get();
    }

    static CsvLayout of(char separator, List<String> names) throws CsvRefusal {
        Map<DeclarationColumn, Integer> positions = new EnumMap<>(DeclarationColumn.class);
        List<String> unexpected = new ArrayList<>();
        List<String> duplicate = new ArrayList<>();
        int unnamed = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            DeclarationColumn column = DeclarationColumn.byColumnName(name);
            if (column == null) {
                if (name.isEmpty()) {
                    unexpected.add("(empty)");
                } else if (NAME_LIKE.matcher(name).matches()) {
                    unexpected.add(name);
                } else {
                    unnamed++;
                }
            } else if (positions.putIfAbsent(column, i) != null) {
                duplicate.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (DeclarationColumn column : DeclarationColumn.values()) {
            if (!positions.containsKey(column)) {
                missing.add(column.columnName());
            }
        }
        if (!missing.isEmpty() || !unexpected.isEmpty() || !duplicate.isEmpty() || unnamed > 0) {
            throw new CsvRefusal(wrongColumns(missing, unexpected, duplicate, unnamed));
        }
        return new CsvLayout(separator, positions);
    }

    private static String wrongColumns(List<String> missing, List<String> unexpected, List<String> duplicate, int unnamed) {
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing " + String.join(", ", missing));
        }
        if (!unexpected.isEmpty()) {
            parts.add("unexpected " + String.join(", ", unexpected));
        }
        if (!duplicate.isEmpty()) {
            parts.add("duplicate " + String.join(", ", duplicate));
        }
        if (unnamed > 0) {
            parts.add(unnamed + (unnamed == 1 ? " cell that is not a column name" : " cells that are not column names"));
        }
        return "wrong columns: " + String.join("; ", parts);
    }

    char separator() {
        return separator;
    }

    int columnCount() {
        return DeclarationColumn.values().length;
    }

    int positionOf(DeclarationColumn column) {
        return positions.get(column);
    }
}
