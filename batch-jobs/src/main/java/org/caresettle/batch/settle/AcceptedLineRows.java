package org.caresettle.batch.settle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caresettle.core.settlement.AcceptedLine;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * Turns rows of {@link AcceptedLineRepository#lineFields()} into accepted lines, straight from the
 * JDBC result set by column position: reading them as jOOQ records was ~30% of a 1M-line settle's
 * CPU samples. A million lines name a few hundred municipalities, providers, products and units
 * and a handful of periods, so each text is turned into its value once per read. One instance per
 * read, on one thread.
 */
final class AcceptedLineRows {

    /** Column positions of the line's own fields; the debit's follow at {@link #DEBIT} + the same offset. */
    private static final int LINE_ID = 1;
    private static final int PERIOD = 2;
    private static final int DC = 3;
    private static final int VOLUME = 4;
    private static final int AMOUNT = 5;
    private static final int REVERSES = 6;
    private static final int MUNICIPALITY = 7;
    private static final int PROVIDER = 8;
    private static final int LAW = 9;
    private static final int CATEGORY = 10;
    private static final int CODE = 11;
    private static final int ALLOCATION = 12;
    private static final int PRODUCT_START = 13;
    private static final int UNIT = 14;
    private static final int DEBIT_LINE_ID = 15;
    /** The debit's municipality is column 16; its fields are in the line's order from there. */
    private static final int DEBIT = DEBIT_LINE_ID + 1 - MUNICIPALITY;

    private final Map<String, Period> periods = new HashMap<>();
    private final Map<String, MunicipalityCode> municipalities = new HashMap<>();
    private final Map<String, AgbCode> providers = new HashMap<>();
    private final Map<String, Unit> units = new HashMap<>();
    private final Map<ProductText, Product> products = new HashMap<>();

    private record ProductText(String law, String category, String code) {
    }

    AcceptedLine line(ResultSet row) throws SQLException {
        long id = row.getLong(LINE_ID);
        String dc = row.getString(DC);
        int source = 0;
        if (DebitCredit.parse(dc) == DebitCredit.C) {
            row.getLong(DEBIT_LINE_ID);
            if (row.wasNull()) {
                throw new IllegalStateException("accepted credit line " + id + " names no debit (reverses_line_id "
                        + row.getObject(REVERSES) + ")");
            }
            source = DEBIT;
        }
        try {
            return new AcceptedLine(id,
                    periods.computeIfAbsent(row.getString(PERIOD), Period::parse),
                    municipalities.computeIfAbsent(row.getString(source + MUNICIPALITY), MunicipalityCode::of),
                    providers.computeIfAbsent(row.getString(source + PROVIDER), AgbCode::of),
                    product(row.getString(source + LAW), row.getString(source + CATEGORY), row.getString(source + CODE)),
                    row.getString(source + ALLOCATION),
                    row.getObject(source + PRODUCT_START, LocalDate.class),
                    required(row, VOLUME, "volume"),
                    units.computeIfAbsent(row.getString(source + UNIT), Unit::parse),
                    required(row, AMOUNT, "amount"),
                    DebitCredit.parse(dc),
                    id);
        } catch (RuntimeException e) {
            // An accepted line always has these fields (ingest checked them); say which line broke the rule.
            throw new IllegalStateException("accepted line " + id + " is incomplete: " + e.getMessage(), e);
        }
    }

    private static long required(ResultSet row, int column, String name) throws SQLException {
        long value = row.getLong(column);
        if (row.wasNull()) {
            throw new IllegalArgumentException("no " + name);
        }
        return value;
    }

    private Product product(String law, String category, String code) {
        return products.computeIfAbsent(new ProductText(law, category, code),
                text -> new Product(Law.parse(text.law()), text.category(), text.code()));
    }
}
