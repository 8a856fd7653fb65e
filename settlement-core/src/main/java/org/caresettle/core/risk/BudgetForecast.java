package org.caresettle.core.risk;

import java.util.OptionalInt;
import org.caresettle.core.value.Period;

/**
 * SPEC 11 budget forecast: the spend so far this year, extrapolated to twelve months
 * ({@code spent / months × 12}, months = P's month number), against the year's budget of the law.
 * The level is decided on the exact fraction {@code spent × 12 / (months × budget)}.
 *
 * <p>Without a budget row there is nothing to measure against: the value is empty and the level is
 * WATCH as soon as money was spent (spend without a budget is itself worth a look), OK otherwise. A
 * budget of 0 with spend is ALERT: every cent overruns it.
 */
public final class BudgetForecast {

    private BudgetForecast() {
    }

    public static RiskRow row(BudgetPosition position, Period period, Band band) {
        int months = period.month().getMonthValue();
        long spent = position.spentToDateCents();
        Ratio forecast = Ratio.of(Math.multiplyExact(spent, 12L), months);
        String spentText = "spent " + RiskFormat.euros(spent) + " in " + months + (months == 1 ? " month" : " months")
                + ", forecast " + RiskFormat.euros(forecast.rounded());
        Long budget = position.budgetCents();
        if (budget == null || budget <= 0) {
            RiskLevel level = spent <= 0 ? RiskLevel.OK : budget == null ? RiskLevel.WATCH : RiskLevel.ALERT;
            String why = budget == null ? "no budget for " : "budget 0.00 for ";
            return new RiskRow(RiskIndicator.BUDGET_FORECAST, position.law(), RiskFigure.none(RiskUnit.PERCENT),
                    threshold(band), level,
                    why + period.year() + " " + position.law() + "; " + spentText);
        }
        Ratio ofBudget = forecast.dividedBy(Ratio.of(budget, 1));
        return new RiskRow(RiskIndicator.BUDGET_FORECAST, position.law(), RiskFigure.percent(ofBudget),
                threshold(band), band.level(ofBudget), spentText + " of budget " + RiskFormat.euros(budget));
    }

    private static RiskThreshold threshold(Band band) {
        return new RiskThreshold(band, RiskUnit.PERCENT, "of the budget (forecast for the year)");
    }

    /**
     * The month of P's year (1 to 12) in which the spend, going on at this forecast's rate
     * ({@code spent / months} a month), reaches the budget: the least m with
     * {@code spent × m / months ≥ budget}, in exact integers. Empty when it does not happen within the
     * year, or when there is nothing to measure (no budget, no spend). A budget already used up gives the
     * month the rate says it ran out in (at least January).
     */
    public static OptionalInt exhaustionMonth(BudgetPosition position, Period period) {
        Long budget = position.budgetCents();
        long spent = position.spentToDateCents();
        if (budget == null || spent <= 0) {
            return OptionalInt.empty();
        }
        long months = period.month().getMonthValue();
        // ceil(budget × months / spent), budget ≥ 0 here or the month is January.
        long reach = budget <= 0 ? 1 : -Math.floorDiv(-Math.multiplyExact(budget, months), spent);
        return reach > 12 ? OptionalInt.empty() : OptionalInt.of((int) Math.max(1, reach));
    }
}
