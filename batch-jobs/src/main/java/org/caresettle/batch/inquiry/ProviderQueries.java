package org.caresettle.batch.inquiry;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.check.Verdict;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * The jOOQ queries behind {@link ProviderInquiry}: counts per provider and period over the
 * declaration tables, grouped in the database (a national month has millions of lines). No query
 * here selects a BSN, a client or an allocation. Lines and declarations without a readable provider
 * belong to no provider and are left out.
 */
@Repository
class ProviderQueries {

    private final DSLContext dsl;

    ProviderQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every provider's figures per period, or one provider's ({@code agb} not null), by provider, then period. */
    List<ProviderFigures> figures(String agb) {
        Condition lineFilter = agb == null ? DECLARATION_LINE.PROVIDER_AGB.isNotNull()
                : DECLARATION_LINE.PROVIDER_AGB.eq(agb);
        Condition declarationFilter = agb == null ? DECLARATION.PROVIDER_AGB.isNotNull()
                : DECLARATION.PROVIDER_AGB.eq(agb);
        Map<Key, long[]> counts = new TreeMap<>();
        dsl.select(DECLARATION.PROVIDER_AGB, DECLARATION.SETTLEMENT_PERIOD, count())
                .from(DECLARATION)
                .where(declarationFilter)
                .groupBy(DECLARATION.PROVIDER_AGB, DECLARATION.SETTLEMENT_PERIOD)
                .forEach(r -> counts.computeIfAbsent(new Key(r.value1(), r.value2()), k -> new long[4])[0] = r.value3());
        Field<BigDecimal> accepted = sum(when(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED), inline(1)).otherwise(inline(0)));
        Field<BigDecimal> rejected = sum(when(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED), inline(1)).otherwise(inline(0)));
        dsl.select(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.SETTLEMENT_PERIOD, count(), accepted, rejected)
                .from(DECLARATION_LINE)
                .where(lineFilter)
                .groupBy(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.SETTLEMENT_PERIOD)
                .forEach(r -> {
                    long[] c = counts.computeIfAbsent(new Key(r.value1(), r.value2()), k -> new long[4]);
                    c[1] = r.value3();
                    c[2] = longOrZero(r.value4());
                    c[3] = longOrZero(r.value5());
                });
        Map<Key, Map<String, Long>> codes = new HashMap<>();
        dsl.select(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.SETTLEMENT_PERIOD, DECLARATION_LINE.CODES, count())
                .from(DECLARATION_LINE)
                .where(lineFilter.and(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED))
                        .and(DECLARATION_LINE.CODES.isNotNull()))
                .groupBy(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.SETTLEMENT_PERIOD, DECLARATION_LINE.CODES)
                .forEach(r -> {
                    Map<String, Long> perCode = codes.computeIfAbsent(new Key(r.value1(), r.value2()), k -> new HashMap<>());
                    for (ReturnCode code : r.value3() == null ? List.<ReturnCode>of() : r.value3()) {
                        perCode.merge(code.code(), (long) r.value4(), Long::sum);
                    }
                });
        List<ProviderFigures> figures = new ArrayList<>();
        counts.forEach((key, c) -> figures.add(new ProviderFigures(key.agb(), key.period(), c[0], c[1], c[2], c[3],
                codes.getOrDefault(key, Map.of()).entrySet().stream()
                        .map(e -> new ProviderFigures.CodeCount(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(ProviderFigures.CodeCount::count).reversed()
                                .thenComparing(ProviderFigures.CodeCount::code))
                        .toList())));
        return figures;
    }

    /** The provider's declarations, the latest received first, at most {@code limit}. */
    List<ProviderDeclaration> declarations(String agb, int limit) {
        Field<Integer> lines = count(DECLARATION_LINE.LINE_ID);
        Field<BigDecimal> accepted = sum(when(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED), inline(1)).otherwise(inline(0)));
        Field<BigDecimal> rejected = sum(when(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED), inline(1)).otherwise(inline(0)));
        return dsl.select(DECLARATION.DECLARATION_ID, DECLARATION.DECLARATION_NUMBER, DECLARATION.MESSAGE_ID,
                        INBOX_FILE.FILE_NAME, DECLARATION.DECLARATION_DATE, DECLARATION.SETTLEMENT_PERIOD,
                        DECLARATION.ANSWER_CODE, lines, accepted, rejected, DECLARATION.TOTAL_CENTS,
                        DECLARATION.AWARDED_TOTAL_CENTS)
                .from(DECLARATION)
                .join(INBOX_FILE).on(INBOX_FILE.FILE_ID.eq(DECLARATION.FILE_ID))
                .leftJoin(DECLARATION_LINE).on(DECLARATION_LINE.DECLARATION_ID.eq(DECLARATION.DECLARATION_ID))
                .where(DECLARATION.PROVIDER_AGB.eq(agb))
                .groupBy(DECLARATION.DECLARATION_ID, DECLARATION.DECLARATION_NUMBER, DECLARATION.MESSAGE_ID,
                        INBOX_FILE.FILE_NAME, DECLARATION.DECLARATION_DATE, DECLARATION.SETTLEMENT_PERIOD,
                        DECLARATION.ANSWER_CODE, DECLARATION.TOTAL_CENTS, DECLARATION.AWARDED_TOTAL_CENTS)
                .orderBy(DECLARATION.DECLARATION_ID.desc())
                .limit(limit)
                .fetch(r -> new ProviderDeclaration(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7() == null ? List.of() : r.value7().stream().map(ReturnCode::code).toList(), r.value8(), longOrZero(r.value9()), longOrZero(r.value10()),
                        r.value11(), r.value12()));
    }

    /** How many declarations the provider has in all. */
    long declarationCount(String agb) {
        return dsl.fetchCount(DECLARATION, DECLARATION.PROVIDER_AGB.eq(agb));
    }

    private static long longOrZero(Number value) {
        return value == null ? 0 : value.longValue();
    }

    /** A provider and a period; a null period (unreadable) sorts after the others. */
    private record Key(String agb, String period) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::agb)
                .thenComparing(Key::period, Comparator.nullsLast(Comparator.naturalOrder()));

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }
}
