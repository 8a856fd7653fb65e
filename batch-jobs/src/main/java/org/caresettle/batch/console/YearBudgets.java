package org.caresettle.batch.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import org.caresettle.batch.inquiry.PeriodSummary;
import org.caresettle.batch.reference.ReferenceDataRepository;
import org.caresettle.batch.report.BudgetOverview;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * The overview's spend against budget, computed once per state of the published versions and the
 * reference data: a published version never changes, so the figures hold until a new version of a
 * period appears or a reference file is loaded again.
 * Reading the year's settled figures of every municipality on each request took most of the
 * overview's time on a national set (bench/console-pages.sh).
 */
@Component
class YearBudgets {

    private final BudgetOverview budgets;
    private final ReferenceDataRepository references;
    private volatile Cached cached;

    YearBudgets(BudgetOverview budgets, ReferenceDataRepository references) {
        this.budgets = budgets;
        this.references = references;
    }

    SortedMap<MunicipalityCode, BudgetOverview.MunicipalityBudget> yearSoFar(Period period, List<PeriodSummary> periods) {
        // The budgets are reference data: a reload changes them without a new version.
        List<String> key = new ArrayList<>(periods.stream().map(p -> p.period() + "/v" + p.latest().number()).toList());
        references.loadsInForce().forEach(load -> key.add("load " + load));
        Cached current = cached;
        if (current == null || !current.key().equals(key) || !current.period().equals(period)) {
            current = new Cached(period, key, Collections.unmodifiableSortedMap(
                    budgets.yearSoFar(period, periods.stream().map(PeriodSummary::period).toList())));
            cached = current;
        }
        return current.figures();
    }

    private record Cached(Period period, List<String> key,
            SortedMap<MunicipalityCode, BudgetOverview.MunicipalityBudget> figures) {
    }
}
