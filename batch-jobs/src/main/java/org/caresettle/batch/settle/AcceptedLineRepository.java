package org.caresettle.batch.settle;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.caresettle.batch.privacy.ClientPseudonyms;
import org.caresettle.core.settlement.AcceptedLine;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;
import org.caresettle.schema.jooq.tables.DeclarationLine;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The accepted declaration lines as the settlement reads them, always through a lazy cursor: a
 * national month has millions of lines, and the core consumes them one at a time. A credit is
 * joined to the debit it reverses ({@code reverses_line_id}) and carries that debit's municipality,
 * provider, product, allocation, unit and product start (SPEC 7), with its own period and D/C.
 * Lines are read in {@code line_id} order, the order of acceptance, which also serves as the
 * core's {@code acceptedOrder} (ties of SPEC 7.2 go to the debit accepted last).
 */
@Repository
public class AcceptedLineRepository {

    static final String ACCEPTED = "ACCEPTED";
    private static final int FETCH_SIZE = 1000;

    private static final DeclarationLine LINE = DECLARATION_LINE.as("l");
    private static final DeclarationLine DEBIT = DECLARATION_LINE.as("d");

    /**
     * Periods by their text: a million lines name a handful of months, and parsing each anew
     * (a regular expression and a date parse) was 5% of a settle's CPU samples.
     */
    private static final Map<String, Period> PERIODS = new ConcurrentHashMap<>();

    private final DSLContext dsl;

    AcceptedLineRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What the input fingerprint covers of the accepted lines of periods up to {@code period}, in
     * one aggregate: their number, the sum, least and greatest of their ids, the number of credits
     * and the sum of the debit ids the credits reverse. Lines are only ever added, never changed or
     * removed, so the set of such lines can only grow: a new line changes the count, and the sums
     * guard against anything else.
     */
    public List<Long> linkSummary(Period period) {
        Record record = dsl.select(DSL.count(), DSL.sum(LINE.LINE_ID), DSL.min(LINE.LINE_ID), DSL.max(LINE.LINE_ID),
                        DSL.count().filterWhere(LINE.DC.eq("C")), DSL.sum(LINE.REVERSES_LINE_ID))
                .from(LINE)
                .where(upTo(period))
                .fetchOne();
        List<Long> summary = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            summary.add(record.get(i, Long.class));
        }
        return summary;
    }

    /** Hands the accepted lines of periods up to {@code period} to {@code settle} as a one-pass iterator. */
    public <T> T withLinesUpTo(Period period, Function<Iterator<AcceptedLine>, T> settle) {
        try (Cursor<Record> cursor = dsl.select(lineFields())
                .from(LINE)
                .leftJoin(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID))
                .where(upTo(period))
                .orderBy(LINE.LINE_ID)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            Iterator<Record> records = cursor.iterator();
            return settle.apply(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public AcceptedLine next() {
                    return acceptedLine(records.next());
                }
            });
        }
    }

    /** An accepted line of the period with what the detail file shows of it; the client is a pseudonym. */
    public record DetailLine(AcceptedLine line, String inboxFile, String messageId, String reference,
            String previousReference, String client, LocalDate productEnd) {
    }

    /**
     * The accepted lines of {@code period} for the detail files, by (booked) municipality, then in
     * the order received: the inbox's processing order, then the file's own. Not by line id: an
     * ingest in parts by provider (issue 6) stores the parts' lines side by side, so ids interleave.
     * The BSN is turned into a pseudonym here and goes no further.
     */
    public void forEachDetailLine(Period period, ClientPseudonyms pseudonyms, Consumer<DetailLine> action) {
        Field<String> municipality = DSL.coalesce(DEBIT.MUNICIPALITY_CODE, LINE.MUNICIPALITY_CODE);
        List<Field<?>> fields = new ArrayList<>(lineFields());
        fields.addAll(List.of(INBOX_FILE.FILE_NAME, DECLARATION.MESSAGE_ID, LINE.REFERENCE, LINE.PREVIOUS_REFERENCE,
                LINE.BSN, DEBIT.BSN, LINE.PRODUCT_END, DEBIT.PRODUCT_END));
        List<SortField<?>> order = List.of(municipality.asc(), INBOX_FILE.PROCESSING_ORDER.asc(),
                DECLARATION.FILE_ORDINAL.asc(), LINE.LINE_ORDINAL.asc());
        try (Cursor<Record> cursor = dsl.select(fields)
                .from(LINE)
                .join(DECLARATION).on(DECLARATION.DECLARATION_ID.eq(LINE.DECLARATION_ID))
                .join(INBOX_FILE).on(INBOX_FILE.FILE_ID.eq(DECLARATION.FILE_ID))
                .leftJoin(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID))
                .where(LINE.VERDICT.eq(ACCEPTED).and(LINE.SETTLEMENT_PERIOD.eq(period.toString())))
                .orderBy(order)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                boolean credit = isCredit(r);
                action.accept(new DetailLine(acceptedLine(r), r.get(INBOX_FILE.FILE_NAME), r.get(DECLARATION.MESSAGE_ID),
                        r.get(LINE.REFERENCE), r.get(LINE.PREVIOUS_REFERENCE),
                        pseudonyms.of(r.get(credit ? DEBIT.BSN : LINE.BSN)),
                        r.get(credit ? DEBIT.PRODUCT_END : LINE.PRODUCT_END)));
            }
        }
    }

    /** The periods with at least one accepted line, ascending. */
    public List<Period> periodsWithAcceptedLines() {
        return dsl.selectDistinct(DECLARATION_LINE.SETTLEMENT_PERIOD)
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.VERDICT.eq(ACCEPTED).and(DECLARATION_LINE.SETTLEMENT_PERIOD.isNotNull()))
                .fetch(r -> Period.parse(r.value1()))
                .stream().sorted().toList();
    }

    private static Condition upTo(Period period) {
        // 'YYYY-MM' text compares like the months it names, in every collation.
        return LINE.VERDICT.eq(ACCEPTED).and(LINE.SETTLEMENT_PERIOD.le(period.toString()));
    }

    private static List<Field<?>> lineFields() {
        return List.of(LINE.LINE_ID, LINE.SETTLEMENT_PERIOD, LINE.DC, LINE.VOLUME, LINE.AMOUNT_CENTS,
                LINE.REVERSES_LINE_ID, LINE.MUNICIPALITY_CODE, LINE.PROVIDER_AGB, LINE.LAW, LINE.CATEGORY, LINE.CODE,
                LINE.ALLOCATION_NUMBER, LINE.PRODUCT_START, LINE.UNIT,
                DEBIT.LINE_ID, DEBIT.MUNICIPALITY_CODE, DEBIT.PROVIDER_AGB, DEBIT.LAW, DEBIT.CATEGORY, DEBIT.CODE,
                DEBIT.ALLOCATION_NUMBER, DEBIT.PRODUCT_START, DEBIT.UNIT);
    }

    private static Period period(String text) {
        return text == null ? Period.parse(text) : PERIODS.computeIfAbsent(text, Period::parse);
    }

    private static boolean isCredit(Record r) {
        return DebitCredit.parse(r.get(LINE.DC)) == DebitCredit.C;
    }

    private static AcceptedLine acceptedLine(Record r) {
        long id = r.get(LINE.LINE_ID);
        DeclarationLine source = LINE;
        if (isCredit(r)) {
            if (r.get(DEBIT.LINE_ID) == null) {
                throw new IllegalStateException("accepted credit line " + id + " names no debit (reverses_line_id "
                        + r.get(LINE.REVERSES_LINE_ID) + ")");
            }
            source = DEBIT;
        }
        try {
            return new AcceptedLine(id,
                    period(r.get(LINE.SETTLEMENT_PERIOD)),
                    MunicipalityCode.of(r.get(source.MUNICIPALITY_CODE)),
                    AgbCode.of(r.get(source.PROVIDER_AGB)),
                    new Product(Law.parse(r.get(source.LAW)), r.get(source.CATEGORY), r.get(source.CODE)),
                    r.get(source.ALLOCATION_NUMBER),
                    r.get(source.PRODUCT_START),
                    r.get(LINE.VOLUME),
                    Unit.parse(r.get(source.UNIT)),
                    r.get(LINE.AMOUNT_CENTS),
                    DebitCredit.parse(r.get(LINE.DC)),
                    id);
        } catch (RuntimeException e) {
            // An accepted line always has these fields (ingest checked them); say which line broke the rule.
            throw new IllegalStateException("accepted line " + id + " is incomplete: " + e.getMessage(), e);
        }
    }
}
