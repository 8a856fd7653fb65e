package org.caresettle.batch.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.core.reference.Budget;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.risk.BudgetForecast;
import org.caresettle.core.risk.BudgetPosition;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/**
 * Spend against budget per municipality and law for the year so far, as the risk report counts it
 * (the same {@link ReportQueries#settledFigures} and {@link RiskInputs#budgets}), month by month, with
 * the pooling adjustment of each month and the month the budget runs out at the forecast's rate
 * ({@link BudgetForecast#exhaustionMonth}). What the console's overview shows (issue 13); it reads,
 * never writes, and selects no client line.
 */
@Service
public class BudgetOverview {

    private final ReportQueries queries;
    private final ReferenceDataRepository references;

    BudgetOverview(ReportQueries queries, ReferenceDataRepository references) {
        this.queries = queries;
        this.references = references;
    }

    /** One law of one municipality at P: the risk report's budget position and when the budget runs out. */
    public record LawPosition(BudgetPosition position, OptionalInt runsOutInMonth) {
    }

    /**
     * One month of the year up to P: the spend per law in that month (the cumulative figure's step), the
     * spend per law from January up to it, and the month's pooling adjustment.
     */
    public record Month(Period period, Map<Law, Long> spentCents, Map<Law, Long> spentToDateCents,
            long poolingAdjustmentCents) {
    }

    /** One municipality's year so far: the positions at P (JW, WMO) and the months January to P. */
    public record MunicipalityBudget(MunicipalityCode code, List<LawPosition> laws, List<Month> months) {
    }

    /**
     * The year of P up to P for every municipality with spend or a budget that year, by code.
     * {@code settled} names the periods that have a version: the others add nothing and are carried over
     * without a query.
     */
    public SortedMap<MunicipalityCode, MunicipalityBudget> yearSoFar(Period period, Collection<Period> settled) {
        ReferenceData reference = references.withoutAllocations();
        List<Period> months = new ArrayList<>();
        for (int m = 1; m <= period.month().getMonthValue(); m++) {
            months.add(Period.of(period.year(), m));
        }
        Map<Period, SettledFigures> figures = new TreeMap<>();
        for (Period month : months) {
            // A month without a version has nothing of its own; up to it, the year is as up to the month before
            // (and no adjustment of its own). P itself is always asked: the report's positions are P's.
            if (settled.contains(month) || month.equals(period)) {
                figures.put(month, queries.settledFigures(month));
            } else {
                figures.put(month, null);
            }
        }
        SettledFigures atP = figures.get(period);
        TreeSet<MunicipalityCode> codes = new TreeSet<>(atP.byMunicipality().keySet());
        for (Budget budget : reference.budgets()) {
            if (budget.year() == period.year()) {
                codes.add(budget.municipality());
            }
        }
        SortedMap<MunicipalityCode, MunicipalityBudget> result = new TreeMap<>();
        for (MunicipalityCode code : codes) {
            List<LawPosition> laws = RiskInputs.budgets(period, reference, atP, code).stream()
                    .map(p -> new LawPosition(p, BudgetForecast.exhaustionMonth(p, period))).toList();
            result.put(code, new MunicipalityBudget(code, laws, monthsOf(code, months, figures)));
        }
        return result;
    }

    private static List<Month> monthsOf(MunicipalityCode code, List<Period> months, Map<Period, SettledFigures> figures) {
        List<Month> result = new ArrayList<>();
        Map<Law, Long> before = zero();
        for (Period month : months) {
            SettledFigures of = figures.get(month);
            Map<Law, Long> toDate = zero();
            Map<Law, Long> inMonth = zero();
            long adjustment = 0;
            for (Law law : Law.values()) {
                long cumulative = of == null ? before.get(law) : of.of(code).spent(law);
                toDate.put(law, cumulative);
                inMonth.put(law, Math.subtractExact(cumulative, before.get(law)));
            }
            if (of != null) {
                adjustment = of.of(code).periodAdjustmentCents;
            }
            result.add(new Month(month, Map.copyOf(inMonth), Map.copyOf(toDate), adjustment));
            before = toDate;
        }
        return result;
    }

    private static Map<Law, Long> zero() {
        Map<Law, Long> zero = new EnumMap<>(Law.class);
        for (Law law : Law.values()) {
            zero.put(law, 0L);
        }
        return zero;
    }
}
