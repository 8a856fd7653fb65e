package org.caresettle.batch.statement;

import java.util.List;
import java.util.function.Function;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLineKey;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Money;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Unit;

/** Typed cells of a statement row, each failure naming file, line and column. */
public final class RowValues {

    private final StatementCsvReader.Row row;
    private final List<String> header;

    public RowValues(StatementCsvReader.Row row, List<String> header) {
        this.row = row;
        this.header = header;
    }

    public StatementCsvReader.Row row() {
        return row;
    }

    /** The cell of {@code column}, or {@code null} when empty. */
    public String text(String column) {
        String cell = row.get(index(column));
        return cell.isEmpty() ? null : cell;
    }

    public String required(String column) {
        String cell = text(column);
        if (cell == null) {
            throw row.error(column + " is empty");
        }
        return cell;
    }

    public long cents(String column) {
        return parse(column, required(column), Long::parseLong);
    }

    public Long optionalLong(String column) {
        String cell = text(column);
        return cell == null ? null : parse(column, cell, Long::parseLong);
    }

    public int integer(String column) {
        return parse(column, required(column), Integer::parseInt);
    }

    public <T> T parse(String column, String cell, Function<String, T> parser) {
        if (cell == null) {
            return null;
        }
        try {
            return parser.apply(cell);
        } catch (RuntimeException e) {
            throw row.error(column + " '" + cell + "' is not valid: " + e.getMessage());
        }
    }

    /** {@code eurColumn} must show {@code cents} as the statements print euros (two decimals, a point). */
    public void checkEuros(String eurColumn, long cents) {
        String expected = Money.ofCents(cents).toEuroString();
        String stated = text(eurColumn);
        if (!expected.equals(stated)) {
            throw row.error(eurColumn + " " + stated + " does not match " + cents + " cents (" + expected + ")");
        }
    }

    public void expect(String column, String expected) {
        String stated = text(column);
        if (!expected.equals(stated)) {
            throw row.error(column + " is " + stated + ", expected " + expected);
        }
    }

    /** The statement line key from the columns invoices, payments and corrections share by name. */
    public StatementLineKey key() {
        return new StatementLineKey(
                parse("line_type", required("line_type"), LineType::valueOf),
                parse("municipality_code", text("municipality_code"), MunicipalityCode::of),
                parse("provider_agb", text("provider_agb"), AgbCode::of),
                parse("law", text("law"), Law::parse),
                text("category"),
                text("code"),
                parse("financing", text("financing"), Financing::valueOf),
                parse("unit", text("unit"), Unit::parse));
    }

    private int index(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return index;
    }
}
