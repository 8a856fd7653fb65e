package org.caresettle.batch.report;

import static org.caresettle.schema.jooq.Tables.ALLOCATION;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.REFERENCE_LOAD;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION;
import static org.caresettle.schema.jooq.Tables.STATEMENT_LINE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.results.Declared;
import org.caresettle.core.results.PaymentLine;
import org.caresettle.core.results.ProductKey;
import org.caresettle.core.results.Trajectory;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.schema.jooq.tables.SettlementVersion;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * What {@code results.csv} is computed from (issue 16 item 1): the payment statements' lines of the latest
 * version of every period up to P, the RESULT allocations of P's year, and the allocations declared per month
 * of P's year and the year before. Sums and distinct keys only; no query selects a BSN.
 */
@Repository
class ResultsQueries {

    private static final String ACTIVE = "ACTIVE";

    private final DSLContext dsl;

    ResultsQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The DIRECT and OUTCOME_RELEASE lines of every provider's payment statement in the latest version of
     * each period up to P: exactly what the statements paid, per municipality and product.
     */
    List<PaymentLine> payments(Period period) {
        SettlementVersion v = SETTLEMENT_VERSION.as("v");
        SettlementVersion later = SETTLEMENT_VERSION.as("later");
        Field<BigDecimal> amount = sum(STATEMENT_LINE.AMOUNT_CENTS);
        Field<BigDecimal> withheld = sum(STATEMENT_LINE.WITHHELD_CENTS);
        return dsl.select(v.SETTLEMENT_PERIOD, STATEMENT_LINE.MUNICIPALITY_CODE, STATEMENT_LINE.PROVIDER_AGB,
                        STATEMENT_LINE.LAW, STATEMENT_LINE.CATEGORY, STATEMENT_LINE.CODE, STATEMENT_LINE.FINANCING,
                        STATEMENT_LINE.LINE_TYPE, amount, withheld)
                .from(STATEMENT_LINE)
                .join(v).on(v.VERSION_ID.eq(STATEMENT_LINE.VERSION_ID))
                .where(STATEMENT_LINE.FILE_KIND.eq(StatementKind.PAYMENT.name())
                        .and(STATEMENT_LINE.LINE_TYPE.in(LineType.DIRECT.name(), LineType.OUTCOME_RELEASE.name()))
                        // 'YYYY-MM' text compares like the months it names.
                        .and(v.SETTLEMENT_PERIOD.le(period.toString()))
                        .and(DSL.notExists(DSL.selectOne().from(later)
                                .where(later.SETTLEMENT_PERIOD.eq(v.SETTLEMENT_PERIOD))
                                .and(later.VERSION_NUMBER.gt(v.VERSION_NUMBER)))))
                .groupBy(v.SETTLEMENT_PERIOD, STATEMENT_LINE.MUNICIPALITY_CODE, STATEMENT_LINE.PROVIDER_AGB,
                        STATEMENT_LINE.LAW, STATEMENT_LINE.CATEGORY, STATEMENT_LINE.CODE, STATEMENT_LINE.FINANCING,
                        STATEMENT_LINE.LINE_TYPE)
                .fetch(r -> new PaymentLine(r.value2(), new ProductKey(r.value3(), r.value4(), r.value5(), r.value6()),
                        r.value7(), Period.parse(r.value1()), LineType.OUTCOME_RELEASE.name().equals(r.value8()),
                        r.get(amount).longValueExact(), r.get(withheld).longValueExact()));
    }

    /**
     * The allocations declared in each month of P's year and the year before, up to P's month: one entry per
     * allocation, product and period with an accepted debit line.
     */
    List<Declared> declared(Period period) {
        String from = Period.of(period.year() - 1, 1).toString();
        List<Declared> declared = new ArrayList<>();
        dsl.selectDistinct(DECLARATION_LINE.MUNICIPALITY_CODE, DECLARATION_LINE.ALLOCATION_NUMBER,
                        DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.LAW, DECLARATION_LINE.CATEGORY,
                        DECLARATION_LINE.CODE, DECLARATION_LINE.SETTLEMENT_PERIOD)
                .from(DECLARATION_LINE)
                .where(DECLARATION_LINE.SETTLEMENT_PERIOD.between(from, period.toString())
                        .and(DECLARATION_LINE.VERDICT.eq(Verdict.ACCEPTED))
                        .and(DECLARATION_LINE.DC.eq("D")))
                .forEach(r -> declared.add(new Declared(r.value1(), r.value2(),
                        new ProductKey(r.value3(), r.value4(), r.value5(), r.value6()), Period.parse(r.value7()))));
        return declared;
    }

    /**
     * The RESULT trajectories of P's year: ACTIVE allocations whose product a RESULT arrangement of their
     * provider in their municipality's region covers, that ended by their end date or by an outcome
     * reported from 1 January to P's last day. A category-wide allocation counts under the one code its
     * lines were declared with ({@code declared}); with none or several it keeps an empty code.
     */
    List<Trajectory> trajectories(Period period, ReferenceData reference, List<Declared> declared) {
        LocalDate firstOfYear = LocalDate.of(period.year(), 1, 1);
        LocalDate lastDay = period.lastDay();
        Map<String, String> declaredCode = codesDeclared(declared);
        List<Trajectory> trajectories = new ArrayList<>();
        dsl.select(ALLOCATION.MUNICIPALITY_CODE, ALLOCATION.ALLOCATION_NUMBER, ALLOCATION.PROVIDER_AGB, ALLOCATION.LAW,
                        ALLOCATION.CATEGORY, ALLOCATION.CODE, ALLOCATION.START_DATE, ALLOCATION.END_DATE)
                .from(ALLOCATION)
                .where(ALLOCATION.LOAD_ID.eq(latestAllocations())
                        .and(ALLOCATION.STATUS.eq(ACTIVE))
                        .and(ALLOCATION.START_DATE.le(lastDay))
                        .and(ALLOCATION.END_DATE.isNull().or(ALLOCATION.END_DATE.ge(firstOfYear))))
                .forEach(r -> {
                    MunicipalityCode municipality = MunicipalityCode.of(r.value1());
                    Outcome outcome = reference.outcome(municipality, r.value2())
                            .filter(o -> !o.reportedOn().isAfter(lastDay)).orElse(null);
                    LocalDate end = r.value8();
                    boolean ended = end != null && !end.isAfter(lastDay)
                            || outcome != null && !outcome.reportedOn().isBefore(firstOfYear);
                    String code = r.value6() == null || r.value6().isEmpty()
                            ? declaredCode.getOrDefault(r.value1() + "|" + r.value2(), "") : r.value6();
                    if (!ended || !resultFinanced(reference, municipality, r.value3(), r.value4(), r.value5(), code,
                            r.value7(), end == null ? lastDay : end)) {
                        return;
                    }
                    trajectories.add(new Trajectory(r.value1(), r.value2(),
                            new ProductKey(r.value3(), r.value4(), r.value5(), code), end,
                            outcome == null ? null : outcome.outcome().name()));
                });
        return trajectories;
    }

    /** The one product code each category-wide allocation was declared with ("" when several). */
    private static Map<String, String> codesDeclared(List<Declared> declared) {
        Map<String, String> codes = new HashMap<>();
        for (Declared d : declared) {
            codes.merge(d.municipality() + "|" + d.allocationNumber(), d.product().code(),
                    (a, b) -> a.equals(b) ? a : "");
        }
        return codes;
    }

    /** A RESULT arrangement covers the allocation's product on its start or its last day (tariffs may change). */
    private static boolean resultFinanced(ReferenceData reference, MunicipalityCode municipality, String agb,
            String law, String category, String code, LocalDate start, LocalDate last) {
        String region = reference.regionOf(municipality).orElse(null);
        if (region == null) {
            return false;
        }
        Product product = new Product(Law.parse(law), category, code == null || code.isEmpty() ? null : code);
        for (LocalDate day : List.of(start, last)) {
            if (reference.arrangementFor(AgbCode.of(agb), region, product, day)
                    .filter(a -> a.financing() == Financing.RESULT).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private Long latestAllocations() {
        return dsl.select(coalesce(max(REFERENCE_LOAD.LOAD_ID), inline(-1L))).from(REFERENCE_LOAD)
                .where(REFERENCE_LOAD.FILE_NAME.eq(ReferenceFile.ALLOCATIONS.fileName())).fetchOne().value1();
    }
}
