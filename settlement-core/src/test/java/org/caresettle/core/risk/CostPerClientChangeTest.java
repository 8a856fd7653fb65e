package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.caresettle.core.value.Law;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CostPerClientChangeTest {

    private static final Band BAND = RiskThresholds.DEFAULTS.costPerClientChange();
    private static final Period MARCH = Period.of(2026, 3);

    @Test
    void comparesCostPerClientWithTheSameMonthAYearEarlier() {
        // 2026-03: 3 000 000 over 8 clients = 375 000 per client; 2025-03: 3 000 000 over 10 = 300 000.
        // 375 000 / 300 000 − 1 = 0.25 = +2500 bp: not above 2500 → WATCH.
        RiskRow row = CostPerClientChange.row(new ClientCostPeriods(Law.JW, 3_000_000, 8, 3_000_000, 10), MARCH, BAND);

        assertThat(row.cells()).containsExactly("cost_per_client_change_JW", "2500", "basis_points", "1000", "2500",
                "basis_points", "WATCH", "WATCH from +1000 bp, ALERT above +2500 bp change in cost per client against"
                        + " a year earlier",
                "per client 3750.00 in 2026-03 (8 clients) against 3000.00 in 2025-03 (10 clients)");
    }

    @ParameterizedTest(name = "{0} per client against 1000 → {1}")
    @CsvSource({"1099, OK, +990", "1100, WATCH, +1000", "1250, WATCH, +2500", "1251, ALERT, +2510",
            "500, OK, -5000"})
    void levelBoundaries(long perClient, RiskLevel level, String value) {
        // Three clients now, two a year earlier, to show the counts are divided out.
        RiskRow row = CostPerClientChange.row(
                new ClientCostPeriods(Law.WMO, perClient * 3, 3, 2_000, 2), MARCH, BAND);

        assertThat(row.level()).isEqualTo(level);
        assertThat(row.value()).isEqualTo(value);
    }

    @Test
    void justAboveTheAlertThresholdIsAlertThoughItPrintsAsTheThreshold() {
        // 1 250 001 / 1 000 000 − 1 = +2500.01 bp → printed +2500, ALERT.
        RiskRow row = CostPerClientChange.row(new ClientCostPeriods(Law.JW, 1_250_001, 1, 1_000_000, 1), MARCH, BAND);

        assertThat(row.value()).isEqualTo("+2500");
        assertThat(row.level()).isEqualTo(RiskLevel.ALERT);
    }

    @Test
    void withoutAComparisonTheRowIsEmptyAndOk() {
        RiskRow row = CostPerClientChange.row(new ClientCostPeriods(Law.WMO, 186_000, 1, 0, 0), MARCH, BAND);

        assertThat(row.value()).isEmpty();
        assertThat(row.level()).isEqualTo(RiskLevel.OK);
        assertThat(row.detail()).isEqualTo("no comparison: 1 client costing 1860.00 in 2026-03, 0 clients costing 0.00"
                + " in 2025-03");
    }
}
