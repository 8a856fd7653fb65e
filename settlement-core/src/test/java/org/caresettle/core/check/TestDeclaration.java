package org.caresettle.core.check;

import static org.caresettle.core.declaration.DeclarationColumn.AMOUNT_CENTS;
import static org.caresettle.core.declaration.DeclarationColumn.DC;
import static org.caresettle.core.declaration.DeclarationColumn.TARIFF_CENTS;
import static org.caresettle.core.declaration.DeclarationColumn.UNIT;
import static org.caresettle.core.declaration.DeclarationColumn.VOLUME;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;

/**
 * Builds a {@link RawDeclaration} as a reader would hand it over. Unless told otherwise, message
 * id and declaration number are fresh, dates lie before the fixture's business date, each
 * line's amount is volume × tariff (volume for unit 83) and the total adds up.
 */
final class TestDeclaration {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Map<DeclarationColumn, String> header = new EnumMap<>(DeclarationColumn.class);
    private final List<TestLine> lines = new ArrayList<>();
    private final List<String> formatProblems = new ArrayList<>();
    private final java.util.Set<DeclarationColumn> given = java.util.EnumSet.noneOf(DeclarationColumn.class);

    private TestDeclaration() {
    }

    static TestDeclaration of(String provider, String municipality, String law, String period) {
        TestDeclaration d = new TestDeclaration();
        int n = SEQUENCE.incrementAndGet();
        YearMonth month = YearMonth.parse(period);
        d.header.put(DeclarationColumn.MESSAGE_ID, "M" + n);
        d.header.put(DeclarationColumn.MESSAGE_DATE, "2026-04-01");
        d.header.put(DeclarationColumn.PROVIDER_AGB, provider);
        d.header.put(DeclarationColumn.MUNICIPALITY_CODE, municipality);
        d.header.put(DeclarationColumn.LAW, law);
        d.header.put(DeclarationColumn.DECLARATION_NUMBER, "D" + n);
        d.header.put(DeclarationColumn.PERIOD_START, month.atDay(1).toString());
        d.header.put(DeclarationColumn.PERIOD_END, month.atEndOfMonth().toString());
        d.header.put(DeclarationColumn.DECLARATION_DATE, "2026-04-01");
        return d;
    }

    TestDeclaration set(DeclarationColumn column, String value) {
        if (value == null) {
            header.remove(column);
        } else {
            header.put(column, value);
        }
        given.add(column);
        return this;
    }

    TestDeclaration line(TestLine line) {
        lines.add(line);
        return this;
    }

    TestDeclaration problem(String ruleName) {
        formatProblems.add(ruleName);
        return this;
    }

    RawDeclaration raw() {
        Map<DeclarationColumn, String> h = new EnumMap<>(header);
        List<RawLine> rawLines = new ArrayList<>();
        long total = 0;
        boolean totalReadable = true;
        for (int i = 0; i < lines.size(); i++) {
            Map<DeclarationColumn, String> fields = lines.get(i).fields();
            rawLines.add(new RawLine(i + 2, fields));
            try {
                long amount = Long.parseLong(fields.get(AMOUNT_CENTS));
                total += "C".equals(fields.get(DC)) ? -amount : amount;
            } catch (RuntimeException e) {
                totalReadable = false;
            }
        }
        if (!given.contains(DeclarationColumn.TOTAL_CENTS)) {
            h.put(DeclarationColumn.TOTAL_CENTS, totalReadable ? Long.toString(Math.abs(total)) : "0");
        }
        if (!given.contains(DeclarationColumn.TOTAL_DC)) {
            h.put(DeclarationColumn.TOTAL_DC, total < 0 ? "C" : "D");
        }
        return new RawDeclaration(RawDeclaration.SourceFormat.CSV, h, rawLines, formatProblems);
    }

    /** One declared line; the amount follows volume and tariff unless set. */
    static final class TestLine {

        private final Map<DeclarationColumn, String> fields = new EnumMap<>(DeclarationColumn.class);
        private boolean amountGiven;

        private TestLine() {
        }

        static TestLine debit(String reference, String allocation, String bsn, String category, String code,
                String start, String end, long volume, String unit, Long tariff) {
            TestLine line = new TestLine();
            line.fields.put(DeclarationColumn.BSN, bsn);
            line.fields.put(DeclarationColumn.REFERENCE, reference);
            line.fields.put(DeclarationColumn.ALLOCATION_NUMBER, allocation);
            line.fields.put(DeclarationColumn.CATEGORY, category);
            line.fields.put(DeclarationColumn.CODE, code);
            line.fields.put(DeclarationColumn.PRODUCT_START, start);
            line.fields.put(DeclarationColumn.PRODUCT_END, end);
            line.fields.put(VOLUME, Long.toString(volume));
            line.fields.put(UNIT, unit);
            if (tariff != null) {
                line.fields.put(TARIFF_CENTS, Long.toString(tariff));
            }
            line.fields.put(DC, "D");
            return line;
        }

        /** Allocation 1001 of the fixture: Hoorn, 45A01, hours at 8550. */
        static TestLine hoorn(String reference, long hours) {
            return debit(reference, "1001", CheckFixture.BSN_1, "45", "45A01", "2026-03-01", "2026-03-31", hours,
                    "04", 8550L);
        }

        TestLine credit(String previousReference) {
            fields.put(DC, "C");
            fields.put(DeclarationColumn.PREVIOUS_REFERENCE, previousReference);
            return this;
        }

        TestLine set(DeclarationColumn column, String value) {
            if (value == null) {
                fields.remove(column);
            } else {
                fields.put(column, value);
            }
            if (column == AMOUNT_CENTS) {
                amountGiven = true;
            }
            return this;
        }

        TestLine period(String start, String end) {
            return set(DeclarationColumn.PRODUCT_START, start).set(DeclarationColumn.PRODUCT_END, end);
        }

        TestLine volume(long volume) {
            return set(VOLUME, Long.toString(volume));
        }

        TestLine amount(long amount) {
            return set(AMOUNT_CENTS, Long.toString(amount));
        }

        Map<DeclarationColumn, String> fields() {
            Map<DeclarationColumn, String> copy = new EnumMap<>(fields);
            if (!amountGiven) {
                copy.put(AMOUNT_CENTS, defaultAmount());
            }
            return copy;
        }

        private String defaultAmount() {
            try {
                long volume = Long.parseLong(fields.get(VOLUME));
                if ("83".equals(fields.get(UNIT))) {
                    return Long.toString(volume);
                }
                return Long.toString(volume * Long.parseLong(fields.get(TARIFF_CENTS)));
            } catch (RuntimeException e) {
                return "0";
            }
        }
    }
}
