package org.caresettle.batch.report;

import static org.caresettle.schema.jooq.Tables.ALLOCATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.MUNICIPALITY;
import static org.caresettle.schema.jooq.Tables.REFERENCE_LOAD;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION;
import static org.caresettle.schema.jooq.Tables.STATEMENT_LINE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.risk.AllocationUse;
import org.caresettle.core.risk.ProviderLines;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.schema.jooq.tables.DeclarationLine;
import org.caresettle.schema.jooq.tables.SettlementVersion;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The risk report's SQL aggregates: sums and counts per municipality, never the lines themselves
 * (a national month has millions). BSNs stay in the database: no query here selects one.
 */
@Repository
class ReportQueries {

    private static final String ACTIVE = "ACTIVE";
    private static final int FETCH_SIZE = 2000;
    private static final DeclarationLine LINE = DECLARATION_LINE.as("l");
    private static final DeclarationLine DEBIT = DECLARATION_LINE.as("d");

    private final DSLContext dsl;

    ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A municipality of the reference in force, with its region. */
    record Member(MunicipalityCode code, String name, String regionCode) {
    }

    /** Every municipality of municipalities.csv in force. */
    List<Member> municipalities() {
        return dsl.select(MUNICIPALITY.MUNICIPALITY_CODE, MUNICIPALITY.NAME, MUNICIPALITY.REGION_CODE)
                .from(MUNICIPALITY)
                .where(MUNICIPALITY.LOAD_ID.eq(latestLoad(ReferenceFile.MUNICIPALITIES)))
                .fetch(r -> new Member(MunicipalityCode.of(r.value1()), r.value2(), r.value3()));
    }

    /**
     * Invoice figures of the latest version of each period of P's year up to P, folded per municipality.
     * One grouped query: a handful of rows per period and municipality.
     */
    SettledFigures settledFigures(Period period) {
        SettlementVersion v = SETTLEMENT_VERSION.as("v");
        SettlementVersion later = SETTLEMENT_VERSION.as("later");
        Field<BigDecimal> amount = sum(STATEMENT_LINE.AMOUNT_CENTS);
        SettledFigures figures = SettledFigures.empty();
        String firstOfYear = Period.of(period.year(), 1).toString();
        for (Record r : dsl.select(v.SETTLEMENT_PERIOD, STATEMENT_LINE.MUNICIPALITY_CODE, STATEMENT_LINE.LINE_TYPE,
                        STATEMENT_LINE.LAW, amount)
                .from(STATEMENT_LINE)
                .join(v).on(v.VERSION_ID.eq(STATEMENT_LINE.VERSION_ID))
                .where(STATEMENT_LINE.FILE_KIND.eq(StatementKind.INVOICE.name())
                        // 'YYYY-MM' text compares like the months it names.
                        .and(v.SETTLEMENT_PERIOD.between(firstOfYear, period.toString()))
                        .and(DSL.notExists(DSL.selectOne().from(later)
                                .where(later.SETTLEMENT_PERIOD.eq(v.SETTLEMENT_PERIOD))
                                .and(later.VERSION_NUMBER.gt(v.VERSION_NUMBER)))))
                .groupBy(v.SETTLEMENT_PERIOD, STATEMENT_LINE.MUNICIPALITY_CODE, STATEMENT_LINE.LINE_TYPE,
                        STATEMENT_LINE.LAW)
                .fetch()) {
            boolean inPeriod = period.toString().equals(r.get(v.SETTLEMENT_PERIOD));
            LineType type = LineType.valueOf(r.get(STATEMENT_LINE.LINE_TYPE));
            long cents = r.get(amount).longValueExact();
            SettledFigures.Figures of = figures.edit(MunicipalityCode.of(r.get(STATEMENT_LINE.MUNICIPALITY_CODE)));
            if (type == LineType.TOTAL) {
                if (inPeriod) {
                    of.invoiceTotalCents = cents;
                }
                continue;
            }
            of.spentToDateCents.merge(Law.parse(r.get(STATEMENT_LINE.LAW)), cents, Math::addExact);
            if (type == LineType.POOLING_ADJUSTMENT) {
                of.yearAdjustmentCents = Math.addExact(of.yearAdjustmentCents, cents);
                if (inPeriod) {
                    of.periodAdjustmentCents = cents;
                }
            }
        }
        return figures;
    }

    /**
     * The ACTIVE allocations valid in P (overlapping its month) with their net accepted volume and declared
     * amount over every period received so far. A credit counts on the allocation of the debit it reverses.
     *
     * <p>Two queries merged here rather than one join: H2 evaluates a grouped derived table joined to the
     * allocations again for every allocation (hours on a national set), and so did PostgreSQL before its
     * statistics were fresh. The allocations of P are read first and kept (they are the result); the
     * grouped lines then stream past once and only those of an allocation of P are kept.
     */
    Map<MunicipalityCode, List<AllocationUse>> allocationUse(Period period) {
        List<Record5<String, String, String, Long, Long>> valid = dsl.select(ALLOCATION.MUNICIPALITY_CODE,
                        ALLOCATION.ALLOCATION_NUMBER, ALLOCATION.FREQUENCY, ALLOCATION.VOLUME, ALLOCATION.BUDGET_CENTS)
                .from(ALLOCATION)
                .where(ALLOCATION.LOAD_ID.eq(latestLoad(ReferenceFile.ALLOCATIONS))
                        .and(ALLOCATION.STATUS.eq(ACTIVE))
                        .and(ALLOCATION.START_DATE.le(period.lastDay()))
                        .and(ALLOCATION.END_DATE.isNull().or(ALLOCATION.END_DATE.ge(period.firstDay()))))
                .fetch();
        Map<String, Map<String, long[]>> used = new HashMap<>();
        valid.forEach(r -> used.computeIfAbsent(r.value1(), m -> new HashMap<>()).put(r.value2(), new long[2]));
        addUsed(used);
        Map<MunicipalityCode, List<AllocationUse>> uses = new HashMap<>();
        for (Record5<String, String, String, Long, Long> r : valid) {
            long[] use = used.get(r.value1()).get(r.value2());
            uses.computeIfAbsent(MunicipalityCode.of(r.value1()), m -> new ArrayList<>())
                    .add(new AllocationUse(r.value2(), Frequency.parse(r.value3()), r.value4(), use[0], r.value5(),
                            use[1]));
        }
        return uses;
    }

    /**
     * Adds the net accepted volume and amount per (municipality, allocation number) to the entries of
     * {@code used}, each group once, in one pass over the accepted lines; groups without an entry are passed over.
     */
    private void addUsed(Map<String, Map<String, long[]>> used) {
        Field<String> municipality = coalesce(DEBIT.MUNICIPALITY_CODE, LINE.MUNICIPALITY_CODE);
        Field<String> number = coalesce(DEBIT.ALLOCATION_NUMBER, LINE.ALLOCATION_NUMBER);
        try (Cursor<Record4<String, String, BigDecimal, BigDecimal>> groups = dsl
                .select(municipality, number, sum(signed(LINE.VOLUME)), sum(signed(LINE.AMOUNT_CENTS)))
                .from(LINE)
                .leftJoin(DEBIT).on(DEBIT.LINE_ID.eq(LINE.REVERSES_LINE_ID))
                .where(LINE.VERDICT.eq(Verdict.ACCEPTED))
                .groupBy(municipality, number)
                .fetchSize(FETCH_SIZE)
                .fetchLazy()) {
            for (Record4<String, String, BigDecimal, BigDecimal> group : groups) {
                long[] use = used.getOrDefault(group.value1(), Map.of()).get(group.value2());
                if (use != null) {
                    use[0] = longOrZero(group.value3());
                    use[1] = longOrZero(group.value4());
                }
            }
        }
    }

    /**
     * Lines received per municipality and provider in P's declarations, and how many were rejected.
     * Lines whose provider or municipality could not be read belong to no one and are left out.
     */
    Map<MunicipalityCode, List<ProviderLines>> providerLines(Period period) {
        Field<Integer> received = DSL.count().as("received");
        Field<BigDecimal> rejected = sum(when(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED), inline(1)).otherwise(inline(0)))
                .as("rejected");
        Map<MunicipalityCode, List<ProviderLines>> lines = new HashMap<>();
        dsl.select(DECLARATION_LINE.MUNICIPALITY_CODE, DECLARATION_LINE.PROVIDER_AGB, received, rejected)
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.SETTLEMENT_PERIOD.eq(period.toString())
                        .and(DECLARATION_LINE.MUNICIPALITY_CODE.isNotNull())
                        .and(DECLARATION_LINE.PROVIDER_AGB.isNotNull()))
                .groupBy(DECLARATION_LINE.MUNICIPALITY_CODE, DECLARATION_LINE.PROVIDER_AGB)
                .forEach(r -> {
                    if (!Readable.municipality(r.value1()) || !Readable.agb(r.value2())) {
                        return;
                    }
                    lines.computeIfAbsent(MunicipalityCode.of(r.value1()), m -> new ArrayList<>())
                            .add(new ProviderLines(AgbCode.of(r.value2()), r.value3(), longOrZero(r.value4())));
                });
        return lines;
    }

    private static Field<Long> signed(Field<Long> unsigned) {
        return when(LINE.DC.eq("C"), unsigned.neg()).otherwise(unsigned);
    }

    /** The load in force of a reference file; -1 (no rows) when it was never loaded. */
    private Select<? extends org.jooq.Record1<Long>> latestLoad(ReferenceFile file) {
        return dsl.select(coalesce(max(REFERENCE_LOAD.LOAD_ID), inline(-1L)))
                .from(REFERENCE_LOAD)
                .where(REFERENCE_LOAD.FILE_NAME.eq(file.fileName()));
    }

    private static long longOrZero(Number value) {
        return value == null ? 0 : value.longValue();
    }

    /** Codes as ingest stores them may be malformed on rejected lines; only readable ones are attributed. */
    private static final class Readable {
        static boolean municipality(String code) {
            return code != null && code.matches("\\d{4}");
        }

        static boolean agb(String code) {
            return code != null && code.matches("\\d{8}");
        }
    }
}
