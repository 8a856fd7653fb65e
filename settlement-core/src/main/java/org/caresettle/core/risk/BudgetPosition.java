package org.caresettle.core.risk;

import java.util.List;
import java.util.Objects;
import org.caresettle.core.reference.Budget;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;

/**
 * A municipality's spend on one law so far this year and its budget. {@code spentToDateCents} is
 * Σ of the invoice amounts of the law (every line but TOTAL: DIRECT, OUTCOME_RELEASE, AVAILABILITY and,
 * for JW, POOLING_ADJUSTMENT) over the latest version of each period of the year up to and including P
 * (see {@link SpendByLaw}); {@code budgetCents} is {@code null} when budgets.csv has no row.
 */
public record BudgetPosition(Law law, long spentToDateCents, Long budgetCents) {

    public BudgetPosition {
        Objects.requireNonNull(law, "law");
    }

    /** The budget of (municipality, year, law) from budgets.csv, or {@code null} when there is none. */
    public static Long budgetOf(List<Budget> budgets, MunicipalityCode municipality, int year, Law law) {
        for (Budget budget : budgets) {
            if (budget.municipality().equals(municipality) && budget.year() == year && budget.law() == law) {
                return budget.budgetCents();
            }
        }
        return null;
    }
}
