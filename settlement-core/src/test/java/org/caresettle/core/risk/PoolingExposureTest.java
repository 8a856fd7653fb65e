package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoolingExposureTest {

    private static final Band BAND = RiskThresholds.DEFAULTS.poolingExposure();
    private static final Period MARCH = Period.of(2026, 3);

    @Test
    void annualisesThePeriodAndTheYearAgainstTheJwBudget() {
        // SPEC 12, Hoorn: adjustment March +272 250; say January and February added 300 000 more.
        // Period: 272 250 × 12 = 3 267 000 of JW budget 9 000 000 = 36.30 % → ALERT (above 10 %).
        // Year: 572 250 × 12 / 3 = 2 289 000 of 9 000 000 = 25.43 % → ALERT.
        List<RiskRow> rows = PoolingExposure.rows(new PoolingPosition(272_250, 572_250), 9_000_000L, MARCH, BAND);

        assertThat(rows.get(0).cells()).containsExactly("pooling_adjustment_period", "2722.50", "euro",
                "5.00", "10.00", "percent", "ALERT", "WATCH from 5.00%, ALERT above 10.00% of JW budget per year (annualised)",
                "adjustment 2026-03 paid into the pool; annualised 36.30% of JW budget 90000.00");
        assertThat(rows.get(1).cells()).containsExactly("pooling_adjustment_year", "5722.50", "euro",
                "5.00", "10.00", "percent", "ALERT", "WATCH from 5.00%, ALERT above 10.00% of JW budget per year (annualised)",
                "adjustments 2026-01 to 2026-03 paid into the pool; annualised 25.43% of JW budget 90000.00");
    }

    @ParameterizedTest(name = "adjustment {0} → {1}")
    @CsvSource({
            // budget 12 000 per year = 1 000 per month; WATCH from 5 % (50 a month), ALERT above 10 % (100).
            "49, OK", "50, WATCH", "100, WATCH", "101, ALERT", "-500, OK", "0, OK"})
    void periodBoundaries(long adjustment, RiskLevel level) {
        RiskRow period = PoolingExposure.rows(new PoolingPosition(adjustment, 0), 12_000L, MARCH, BAND).get(0);

        assertThat(period.level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "year to date {0} → {1}")
    @CsvSource({
            // March: 3 months of a 12 000 budget = 3 000; 5 % = 150, 10 % = 300.
            "149, OK", "150, WATCH", "300, WATCH", "301, ALERT"})
    void yearBoundaries(long adjustment, RiskLevel level) {
        RiskRow year = PoolingExposure.rows(new PoolingPosition(0, adjustment), 12_000L, MARCH, BAND).get(1);

        assertThat(year.level()).isEqualTo(level);
    }

    @Test
    void moneyReceivedFromThePoolIsOkAndWithoutBudgetPayingInIsWatch() {
        List<RiskRow> received = PoolingExposure.rows(new PoolingPosition(-396_000, -396_000), 6_000_000L, MARCH, BAND);
        List<RiskRow> noBudget = PoolingExposure.rows(new PoolingPosition(1, -1), null, MARCH, BAND);

        assertThat(received).extracting(RiskRow::level).containsOnly(RiskLevel.OK);
        assertThat(received.get(0).value()).isEqualTo("-3960.00");
        assertThat(received.get(0).detail()).contains("received from the pool");
        assertThat(noBudget).extracting(RiskRow::level).containsExactly(RiskLevel.WATCH, RiskLevel.OK);
        assertThat(noBudget.get(0).detail()).endsWith("no JW budget for 2026");
    }
}
