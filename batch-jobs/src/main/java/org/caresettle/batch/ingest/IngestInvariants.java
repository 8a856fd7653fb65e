package org.caresettle.batch.ingest;

import static org.caresettle.schema.jooq.Tables.DECLARATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.caresettle.core.check.Verdict;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The invariants every ingest must leave true (issue 3): every line read from an ingested
 * file is accepted, or rejected with at least one code; and per provider the awarded totals
 * answered equal the accepted debit amounts minus the accepted credit amounts. Checked on the
 * whole database at the end of every run, so a violation from any run is caught.
 */
@Component
class IngestInvariants {

    private final DSLContext dsl;

    IngestInvariants(DSLContext dsl) {
        this.dsl = dsl;
    }

    void check() {
        int undecided = dsl.fetchCount(DECLARATION_LINE,
                DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED).and(DECLARATION_LINE.CODES.isNotNull())
                        .or(DECLARATION_LINE.VERDICT.eq(Verdict.REJECTED).and(DECLARATION_LINE.CODES.isNull()))
                        .or(DECLARATION_LINE.VERDICT.notIn(Verdict.values())));
        if (undecided > 0) {
            throw new IllegalStateException("invariant LINES_DECIDED broken: " + undecided
                    + " lines are neither accepted nor rejected with a code");
        }
        Map<String, Long> awarded = new HashMap<>();
        dsl.select(DECLARATION.PROVIDER_AGB, sum(DECLARATION.AWARDED_TOTAL_CENTS))
                .from(DECLARATION).groupBy(DECLARATION.PROVIDER_AGB)
                .forEach(r -> awarded.put(r.value1(), cents(r.value2())));
        Map<String, Long> accepted = new HashMap<>();
        dsl.select(DECLARATION_LINE.PROVIDER_AGB, sum(when(DECLARATION_LINE.DC.eq("C"), DECLARATION_LINE.AMOUNT_CENTS.neg())
                        .otherwise(DECLARATION_LINE.AMOUNT_CENTS)))
                .from(DECLARATION_LINE).where(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED))
                .groupBy(DECLARATION_LINE.PROVIDER_AGB)
                .forEach(r -> accepted.put(r.value1(), cents(r.value2())));
        for (String provider : new TreeSet<>(union(awarded, accepted))) {
            long answered = awarded.getOrDefault(provider, 0L);
            long lines = accepted.getOrDefault(provider, 0L);
            if (answered != lines) {
                throw new IllegalStateException("invariant AWARDED_EQUALS_ACCEPTED broken for provider " + provider
                        + ": awarded " + answered + " cents, accepted lines " + lines + " cents");
            }
        }
    }

    private static Set<String> union(Map<String, Long> a, Map<String, Long> b) {
        Set<String> keys = new HashSet<>();
        a.keySet().stream().filter(Objects::nonNull).forEach(keys::add);
        b.keySet().stream().filter(Objects::nonNull).forEach(keys::add);
        return keys;
    }

    private static long cents(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }
}
