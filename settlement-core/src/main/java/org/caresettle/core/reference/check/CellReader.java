package org.caresettle.core.reference.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Share;
import org.caresettle.core.value.Unit;
import org.caresettle.core.value.ValueFormatException;

/**
 * Reads the cells of one row by column name and parses them, reporting each malformed or
 * missing cell once as {@code FORMAT:<column>}. A parse returns {@code null} when the cell is
 * empty or malformed; {@link #failed(String)} tells the two apart, so that the cross-row checks
 * can skip exactly the cells that already have a violation.
 */
final class CellReader {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.-]{1,40}");
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9]{9,}");
    private static final int NAME_LENGTH = 200;
    private static final int DESCRIPTION_LENGTH = 400;
    private static final int SHOWN_LENGTH = 40;
    private static final String NAME_EXPECTED = "at most " + NAME_LENGTH + " characters";
    private static final String DESCRIPTION_EXPECTED = "at most " + DESCRIPTION_LENGTH + " characters";

    private final ReferenceFile file;
    private final int lineNumber;
    private final Map<String, Integer> index;
    private final List<String> cells;
    private final Violations violations;
    private Set<String> failed = Set.of();

    CellReader(ReferenceFile file, int lineNumber, Map<String, Integer> index, List<String> cells,
            Violations violations) {
        this.file = file;
        this.lineNumber = lineNumber;
        this.index = index;
        this.cells = cells;
        this.violations = violations;
    }

    int lineNumber() {
        return lineNumber;
    }

    /** The trimmed text of a cell, never {@code null}. */
    String raw(String column) {
        Integer position = index.get(column);
        if (position == null) {
            throw new IllegalArgumentException(file.fileName() + " has no column " + column);
        }
        String cell = cells.get(position);
        return cell == null ? "" : cell.trim();
    }

    boolean failed(String column) {
        return failed.contains(column);
    }

    /** True when no cell of the row broke a rule. */
    boolean ok() {
        return failed.isEmpty();
    }

    /** Records a broken rule on a cell, so that the row is not built and the cell not used further. */
    void fail(String column, String rule, String message) {
        if (failed.isEmpty()) {
            failed = new HashSet<>(4);
        }
        failed.add(column);
        violations.add(file, lineNumber, rule, message);
    }

    private void failFormat(String column, String message) {
        fail(column, Rule.format(column), message);
    }

    private <T> T parse(String column, boolean required, String expectation, Function<String, T> parser) {
        return parse(column, required, () -> expectation, parser);
    }

    /** The expectation is built only for a message, not for every cell of a large file. */
    private <T> T parse(String column, boolean required, Supplier<String> expectation, Function<String, T> parser) {
        String text = raw(column);
        if (text.isEmpty()) {
            if (required) {
                failFormat(column, column + " is required");
            }
            return null;
        }
        T value;
        try {
            value = parser.apply(text);
        } catch (ValueFormatException | DateTimeException e) {
            value = null;
        }
        if (value == null) {
            failFormat(column, column + " " + quote(text) + " is not " + expectation.get());
        }
        return value;
    }

    private static String matching(Pattern pattern, String text) {
        return pattern.matcher(text).matches() ? text : null;
    }

    /** ASCII digits only, {@code min} to {@code max} of them; by hand, as it runs for most cells of a large file. */
    private static boolean digits(String text, int min, int max) {
        return text.length() >= min && text.length() <= max && digitsBetween(text, 0, text.length());
    }

    private static boolean digitsBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    MunicipalityCode municipalityCode(String column) {
        return parse(column, true, "a municipality code of 4 digits",
                t -> digits(t, 4, 4) ? MunicipalityCode.of(t) : null);
    }

    AgbCode agbCode(String column) {
        return parse(column, true, "an AGB code of 8 digits",
                t -> digits(t, 8, 8) ? AgbCode.of(t) : null);
    }

    /** A region code or arrangement id: 1 to 40 letters, digits, '-', '_' or '.'. */
    String identifier(String column) {
        return parse(column, true, "1 to 40 letters, digits, '-', '_' or '.'", t -> matching(IDENTIFIER, t));
    }

    String name(String column) {
        return parse(column, true, NAME_EXPECTED,
                t -> t.length() <= NAME_LENGTH ? t : null);
    }

    /** A free text that may be empty; returns "" then. */
    String description(String column) {
        String text = parse(column, false, DESCRIPTION_EXPECTED,
                t -> t.length() <= DESCRIPTION_LENGTH ? t : null);
        return text == null ? "" : text;
    }

    String allocationNumber(String column) {
        return parse(column, true, "an allocation number of 1 to 9 digits", t -> digits(t, 1, 9) ? t : null);
    }

    Law law(String column) {
        return parse(column, true, "JW or WMO", Law::parse);
    }

    String category(String column) {
        return parse(column, true, "a category of 2 letters or digits", t -> Product.isCategory(t) ? t : null);
    }

    /** A product code; {@code null} when empty and {@code required} is false (every code of the category). */
    String productCode(String column, boolean required) {
        return parse(column, required, "a product code of 1 to 5 letters or digits",
                t -> Product.isCode(t) ? t : null);
    }

    LocalDate date(String column, boolean required) {
        return parse(column, required, "a date YYYY-MM-DD", CellReader::isoDate);
    }

    /** Strict YYYY-MM-DD; LocalDate.of refuses days that do not exist, such as 2026-02-30. */
    private static LocalDate isoDate(String text) {
        boolean shape = text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && digitsBetween(text, 0, 4) && digitsBetween(text, 5, 7) && digitsBetween(text, 8, 10);
        if (!shape) {
            return null;
        }
        return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(5, 7)),
                Integer.parseInt(text.substring(8, 10)));
    }

    /** A non-negative whole number of cents, units or pieces. */
    Long amount(String column, boolean required) {
        return parse(column, required, "a whole number of at most 18 digits",
                t -> digits(t, 1, 18) ? Long.valueOf(t) : null);
    }

    Integer year(String column) {
        return parse(column, true, "a year of 4 digits",
                t -> digits(t, 4, 4) ? Integer.valueOf(t) : null);
    }

    Boolean bool(String column) {
        return parse(column, true, "true or false",
                t -> "true".equals(t) ? Boolean.TRUE : "false".equals(t) ? Boolean.FALSE : null);
    }

    /** Basis points 0 to 10000; {@code null} when empty. */
    BasisPoints basisPoints(String column) {
        return parse(column, false, "basis points from 0 to 10000", BasisPoints::parse);
    }

    Share share(String column) {
        return parse(column, true, "a share from 0 to 1 with at most 6 decimals", Share::parse);
    }

    Unit unit(String column, boolean required) {
        return parse(column, required, "a unit code 01, 04, 14, 16, 82, 83 or 84", Unit::parse);
    }

    Frequency frequency(String column) {
        return parse(column, true, "a frequency code 1, 2, 4 or 6", Frequency::parse);
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        E[] constants = type.getEnumConstants();
        return parse(column, true, () -> "one of " + String.join(", ",
                Arrays.stream(constants).map(Enum::name).toList()), t -> {
                    for (E constant : constants) {
                        if (constant.name().equals(t)) {
                            return constant;
                        }
                    }
                    return null;
                });
    }

    /**
     * A BSN cell: 9 digits ({@code FORMAT:bsn}) passing the 11-proof ({@code BSN_ELEVEN_PROOF}).
     * Returns the digits, or {@code null}; the messages never show the number.
     */
    String bsnDigits(String column, String elevenProofRule) {
        String text = raw(column);
        if (text.isEmpty()) {
            failFormat(column, column + " is required");
            return null;
        }
        if (!digits(text, 9, 9)) {
            failFormat(column, column + " is not 9 digits");
            return null;
        }
        if (!Bsn.passesElevenProof(text)) {
            fail(column, elevenProofRule, column + " fails the 11-proof");
            return null;
        }
        return text;
    }

    /**
     * A cell value fit for a message: quoted and shortened, and not shown at all when it holds a
     * run of 9 or more digits, which could be a BSN typed into the wrong column.
     */
    static String quote(String text) {
        if (LONG_DIGIT_RUN.matcher(text).find()) {
            return "(value not shown: it holds 9 or more digits in a row)";
        }
        String shown = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "..." : text;
        return "'" + shown + "'";
    }
}
