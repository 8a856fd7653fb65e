package org.caresettle.core.risk;

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
            return new RiskRow(RiskIndicator.BUDGET_FORECAST, position.law(), "", band.describePercent(), level,
                    why + period.year() + " " + position.law() + "; " + spentText);
        }
        Ratio ofBudget = forecast.dividedBy(Ratio.of(budget, 1));
        return new RiskRow(RiskIndicator.BUDGET_FORECAST, position.law(), RiskFormat.percent(ofBudget),
                band.describePercent(), band.level(ofBudget), spentText + " of budget " + RiskFormat.euros(budget));
    }
}
