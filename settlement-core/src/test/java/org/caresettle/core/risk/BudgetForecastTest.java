package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caresettle.core.reference.Budget;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetForecastTest {

    private static final Band BAND = RiskThresholds.DEFAULTS.budgetForecast();
    private static final Period MARCH = Period.of(2026, 3);

    @Test
    void extrapolatesTheSpendToTwelveMonths() {
        // Spent 2 405 000 cents in Jan–Mar (3 months): forecast 2 405 000 / 3 × 12 = 9 620 000 cents;
        // budget 10 000 000 → 9 620 000 / 10 000 000 = 96.20 %: from 95 %, not above 105 % → WATCH.
        RiskRow row = BudgetForecast.row(new BudgetPosition(Law.JW, 2_405_000, 10_000_000L), MARCH, BAND);

        assertThat(row.cells()).containsExactly("budget_forecast_JW", "96.20", "percent", "95.00", "105.00", "percent",
                "WATCH", "WATCH from 95.00%, ALERT above 105.00% of the budget (forecast for the year)",
                "spent 24050.00 in 3 months, forecast 96200.00 of budget 100000.00");
    }

    @ParameterizedTest(name = "spent {0} of 1200 budget in 3 months → {1}")
    @CsvSource({
            // forecast = spent × 4 against 1200: 284 → 1136 = 94.67 %; 285 → 1140 = 95 % exactly;
            // 315 → 1260 = 105 % exactly; 316 → 1264 = 105.33 %.
            "284, OK", "285, WATCH", "315, WATCH", "316, ALERT", "0, OK", "-50, OK"})
    void levelBoundaries(long spent, RiskLevel level) {
        RiskRow row = BudgetForecast.row(new BudgetPosition(Law.WMO, spent, 1_200L), MARCH, BAND);

        assertThat(row.level()).isEqualTo(level);
        assertThat(row.indicatorName()).isEqualTo("budget_forecast_WMO");
    }

    @Test
    void justAboveOneHundredAndFivePercentIsAlertThoughItPrintsAsOneHundredAndFive() {
        // January (1 month): spent 875 003 × 12 = 10 500 036 against 10 000 000 = 105.00036 %.
        RiskRow row = BudgetForecast.row(new BudgetPosition(Law.JW, 875_003, 10_000_000L), Period.of(2026, 1), BAND);

        assertThat(row.value()).isEqualTo("105.00%");
        assertThat(row.level()).isEqualTo(RiskLevel.ALERT);
        assertThat(row.detail()).contains("in 1 month,");
    }

    @Test
    void withoutABudgetSpendIsWatchAndNoSpendIsOk() {
        RiskRow spent = BudgetForecast.row(new BudgetPosition(Law.JW, 100, null), MARCH, BAND);
        RiskRow idle = BudgetForecast.row(new BudgetPosition(Law.JW, 0, null), MARCH, BAND);
        RiskRow zero = BudgetForecast.row(new BudgetPosition(Law.JW, 100, 0L), MARCH, BAND);

        assertThat(spent.value()).isEmpty();
        assertThat(spent.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(spent.detail()).startsWith("no budget for 2026 JW; spent 1.00");
        assertThat(idle.level()).isEqualTo(RiskLevel.OK);
        assertThat(zero.level()).isEqualTo(RiskLevel.ALERT);
    }

    @Test
    void budgetOfPicksMunicipalityYearAndLaw() {
        MunicipalityCode hoorn = MunicipalityCode.of("0405");
        List<Budget> budgets = List.of(new Budget(hoorn, 2025, Law.JW, 1L), new Budget(hoorn, 2026, Law.WMO, 2L),
                new Budget(hoorn, 2026, Law.JW, 3L), new Budget(MunicipalityCode.of("0388"), 2026, Law.JW, 4L));

        assertThat(BudgetPosition.budgetOf(budgets, hoorn, 2026, Law.JW)).isEqualTo(3L);
        assertThat(BudgetPosition.budgetOf(budgets, hoorn, 2027, Law.JW)).isNull();
    }

    @Test
    void decemberForecastIsTheSpendItself() {
        // 12 months: forecast = spend; 10 500 of 10 000 = 105 % → WATCH.
        RiskRow row = BudgetForecast.row(new BudgetPosition(Law.JW, 10_500, 10_000L), Period.of(2026, 12), BAND);

        assertThat(row.value()).isEqualTo("105.00%");
        assertThat(row.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(row.detail()).isEqualTo("spent 105.00 in 12 months, forecast 105.00 of budget 100.00");
    }

    @ParameterizedTest(name = "spent {0} of 1200 budget in 3 months runs out in month {1}")
    @CsvSource({
            // rate = spent / 3 a month; the least m with spent × m / 3 ≥ 1200, 0 = not within the year:
            // 300 → 100 a month, exactly 1200 in December; 299 → 1196 in December, short; 301 → December;
            // 1200 → used up in March; 2400 → used up by February; nothing spent → never.
            "300, 12", "299, 0", "301, 12", "1200, 3", "2400, 2", "0, 0", "-50, 0"})
    void theBudgetRunsOutInTheMonthTheForecastRateReachesIt(long spent, int month) {
        java.util.OptionalInt runsOut = BudgetForecast.exhaustionMonth(new BudgetPosition(Law.JW, spent, 1_200L), MARCH);

        assertThat(runsOut.orElse(0)).isEqualTo(month);
    }

    @Test
    void withoutABudgetNothingRunsOutAndABudgetOfZeroWithSpendRanOutInJanuary() {
        assertThat(BudgetForecast.exhaustionMonth(new BudgetPosition(Law.JW, 100, null), MARCH)).isEmpty();
        assertThat(BudgetForecast.exhaustionMonth(new BudgetPosition(Law.JW, 100, 0L), MARCH)).hasValue(1);
    }
}
