package org.caresettle.batch.csv;

import java.util.regex.Pattern;

/**
 * Cell text for CSV files that people open in a spreadsheet (SPEC 9): a cell starting with
 * {@code =}, {@code +}, {@code -} or {@code @} would run as a formula, so unless it is a plain
 * number it is written with a leading {@code '}. Every CSV writer of the engine puts its cells
 * through {@link #guard}.
 */
public final class CsvCells {

    /** What a spreadsheet reads as a number and we write ourselves: amounts, counts, shares. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private CsvCells() {
    }

    /** The cell as it should be written; {@code null} becomes the empty cell. */
    public static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@';
        if (formulaStart && !NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }
}
