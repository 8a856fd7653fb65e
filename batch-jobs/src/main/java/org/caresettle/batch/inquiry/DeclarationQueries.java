package org.caresettle.batch.inquiry;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.privacy.ClientPseudonyms;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.check.Verdict;
import org.caresettle.schema.jooq.tables.DeclarationLine;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads declaration lines and declarations for the drill-down. The BSN is selected only to be
 * turned into the client's pseudonym here; it is never returned.
 */
@Repository
class DeclarationQueries {

    private static final int FETCH_SIZE = 1000;
    private static final String CREDIT = "C";
    private static final DeclarationLine LINE = DECLARATION_LINE.as("l");
    private static final DeclarationLine DEBIT = DECLARATION_LINE.as("d");

    private final DSLContext dsl;
    private final ClientPseudonyms pseudonyms;

    DeclarationQueries(DSLContext dsl, ClientPseudonyms pseudonyms) {
        this.dsl = dsl;
        this.pseudonyms = pseudonyms;
    }

    /** The lines found, the first {@code cap} kept, and how many there are. */
    record Found(List<LineBehind> shown, long count) {
    }

    /**
     * The accepted lines of the period booked on this municipality, provider and product, in the
     * order received. A credit is booked on its debit's municipality, provider and product (SPEC 7),
     * as in the detail files.
     *
     * <p>Two parts, each answered from an index (V12 declaration_line_booked): the lines that
     * reverse nothing, booked on their own columns (an index range on period, verdict, no reversed
     * line, municipality, provider, law, category, code), and the period's credits, booked on their
     * debit's columns where the debit has them (the range of lines that reverse one, a few percent).
     * One query with the join's COALESCE in the filter read every accepted line of the period and
     * looked up its debit: 287 ms at 100k lines on H2, growing with the set.
     */
    Found linesBehind(InvoiceLineRef ref, int cap) {
        String period = ref.period().toString();
        Condition ofPeriod = LINE.SETTLEMENT_PERIOD.eq(period).and(LINE.VERDICT.eq(Verdict.ACCEPTED));
        // no debit: COALESCE(debit's, own) is the line's own value
        Condition own = LINE.REVERSES_LINE_ID.isNull()
                .and(LINE.MUNICIPALITY_CODE.eq(ref.municipality().value()))
                .and(LINE.PROVIDER_AGB.eq(ref.provider().value()))
                .and(LINE.LAW.eq(ref.law().name()))
                .and(LINE.CATEGORY.eq(ref.category()))
                .and(ref.code() == null ? LINE.CODE.isNull() : LINE.CODE.eq(ref.code()));
        // IS NOT NULL, written as a range so that H2 too reads only the credits' part of the index
        Condition reversing = LINE.REVERSES_LINE_ID.ge(Long.MIN_VALUE)
                .and(booked(LINE.MUNICIPALITY_CODE, DEBIT.MUNICIPALITY_CODE, ref.municipality().value()))
                .and(booked(LINE.PROVIDER_AGB, DEBIT.PROVIDER_AGB, ref.provider().value()))
                .and(booked(LINE.LAW, DEBIT.LAW, ref.law().name()))
                .and(booked(LINE.CATEGORY, DEBIT.CATEGORY, ref.category()))
                .and(ref.code() == null ? DSL.coalesce(DEBIT.CODE, LINE.CODE).isNull()
                        : booked(LINE.CODE, DEBIT.CODE, ref.code()));
        List<LineBehind> shown = new ArrayList<>();
        long count = 0;
        try (Cursor<? extends Record> cursor = behind(ofPeriod.and(own), false)
                .unionAll(behind(ofPeriod.and(reversing), true))
                .orderBy(PROCESSING_ORDER, FILE_ORDINAL, LINE_ORDINAL)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record r : cursor) {
                count++;
                if (shown.size() < cap) {
                    boolean credit = CREDIT.equals(r.get(LINE.DC));
                    String bsn = r.get(DEBIT_BSN) != null ? r.get(DEBIT_BSN) : r.get(LINE.BSN);
                    String allocation = r.get(DEBIT_ALLOCATION) != null ? r.get(DEBIT_ALLOCATION)
                            : r.get(LINE.ALLOCATION_NUMBER);
                    long amount = r.get(LINE.AMOUNT_CENTS) == null ? 0 : r.get(LINE.AMOUNT_CENTS);
                    shown.add(new LineBehind(r.get(LINE.DECLARATION_ID), r.get(LINE.REFERENCE),
                            r.get(LINE.PREVIOUS_REFERENCE), r.get(LINE.DC), client(bsn), allocation,
                            r.get(LINE.PRODUCT_START), r.get(LINE.PRODUCT_END), r.get(LINE.VOLUME), r.get(LINE.UNIT),
                            credit ? -amount : amount, r.get(INBOX_FILE.FILE_NAME), r.get(DECLARATION.MESSAGE_ID)));
                }
            }
        }
        return new Found(shown, count);
    }

    private static final Field<String> DEBIT_BSN = DSL.field(DSL.name("debit_bsn"), String.class);
    private static final Field<String> DEBIT_ALLOCATION = DSL.field(DSL.name("debit_allocation"), String.class);
    private static final Field<Long> PROCESSING_ORDER = DSL.field(DSL.name("processing_order"), Long.class);
    private static final Field<Integer> FILE_ORDINAL = DSL.field(DSL.name("file_ordinal"), Integer.class);
    private static final Field<Integer> LINE_ORDINAL = DSL.field(DSL.name("line_ordinal"), Integer.class);

    /** One part of the lines behind; the debit is joined only for the part that reverses one. */
    private SelectConditionStep<Record> behind(Condition condition, boolean withDebit) {
        List<SelectField<?>> fields = List.of(LINE.DECLARATION_ID, LINE.REFERENCE, LINE.PREVIOUS_REFERENCE, LINE.DC,
                LINE.BSN, withDebit ? DEBIT.BSN.as(DEBIT_BSN) : DSL.castNull(String.class).as(DEBIT_BSN),
                LINE.ALLOCATION_NUMBER, withDebit ? DEBIT.ALLOCATION_NUMBER.as(DEBIT_ALLOCATION)
                        : DSL.castNull(String.class).as(DEBIT_ALLOCATION),
                LINE.PRODUCT_START, LINE.PRODUCT_END, LINE.VOLUME, LINE.UNIT, LINE.AMOUNT_CENTS,
                INBOX_FILE.FILE_NAME, DECLARATION.MESSAGE_ID, INBOX_FILE.PROCESSING_ORDER.as(PROCESSING_ORDER),
                DECLARATION.FILE_ORDINAL.as(FILE_ORDINAL), LINE.LINE_ORDINAL.as(LINE_ORDINAL));
        SelectOnConditionStep<Record> select = dsl.select(fields)
                .from(LINE)
                .join(DECLARATION).on(DECLARATION.DECLARATION_ID.eq(LINE.DECLARATION_ID))
                .join(INBOX_FILE).on(INBOX_FILE.FILE_ID.eq(DECLARATION.FILE_ID));
        return withDebit ? select.join(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID)).where(condition)
                : select.where(condition);
    }

    /** The declarations with their answers and rejected lines, in the order of the ids given. */
    List<DeclarationAnswer> declarations(Collection<Long> declarationIds) {
        if (declarationIds.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DeclarationAnswer.RejectedLine>> rejected = new HashMap<>();
        dsl.select(DECLARATION_LINE.DECLARATION_ID, DECLARATION_LINE.REFERENCE, DECLARATION_LINE.DC,
                        DECLARATION_LINE.BSN, DECLARATION_LINE.AMOUNT_CENTS, DECLARATION_LINE.CODES)
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.DECLARATION_ID.in(declarationIds)
                        .and(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED)))
                .orderBy(DECLARATION_LINE.DECLARATION_ID, DECLARATION_LINE.LINE_ORDINAL)
                .forEach(r -> rejected.computeIfAbsent(r.value1(), id -> new ArrayList<>())
                        .add(new DeclarationAnswer.RejectedLine(r.value2(), r.value3(), client(r.value4()),
                                r.value5() == null ? 0 : r.value5(), codes(r.value6()))));
        Map<Long, DeclarationAnswer> byId = new HashMap<>();
        dsl.select(DECLARATION.DECLARATION_ID, DECLARATION.DECLARATION_NUMBER, DECLARATION.MESSAGE_ID,
                        INBOX_FILE.FILE_NAME, DECLARATION.DECLARATION_DATE, DECLARATION.ANSWER_CODE,
                        DECLARATION.TOTAL_CENTS, DECLARATION.AWARDED_TOTAL_CENTS)
                .from(DECLARATION)
                .join(INBOX_FILE).on(INBOX_FILE.FILE_ID.eq(DECLARATION.FILE_ID))
                .where(DECLARATION.DECLARATION_ID.in(declarationIds))
                .forEach(r -> byId.put(r.value1(), new DeclarationAnswer(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), codes(r.value6()), r.value7(), r.value8(),
                        rejected.getOrDefault(r.value1(), List.of()))));
        return declarationIds.stream().map(byId::get).toList();
    }

    private String client(String bsn) {
        return bsn == null || bsn.isBlank() ? "" : pseudonyms.of(bsn);
    }

    private static List<String> codes(List<ReturnCode> codes) {
        return codes == null ? List.of() : codes.stream().map(ReturnCode::code).toList();
    }

    private static Condition booked(Field<String> own, Field<String> debits, String value) {
        return DSL.coalesce(debits, own).eq(value);
    }
}
