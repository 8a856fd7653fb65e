package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.junit.jupiter.api.Test;

class RiskReportTest {

    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final Period MARCH = Period.of(2026, 3);
    private static final AgbCode YOUTH = AgbCode.of("12345678");
    private static final Product AMBULANT = new Product(Law.JW, "45", "45A01");

    /** Hoorn in SPEC 12's March, with budgets of the spec-example data set (JW 9 000 000, WMO 4 000 000). */
    private static RiskInput hoornMarch() {
        return new RiskInput(HOORN, MARCH,
                // JW spend 395 651 (DIRECT + AVAILABILITY + POOLING_ADJUSTMENT); no WMO spend.
                List.of(new BudgetPosition(Law.JW, 395_651, 9_000_000L), new BudgetPosition(Law.WMO, 0, 4_000_000L)),
                new PoolingPosition(272_250, 272_250),
                List.of(new ClientCost("c3f1a9", 68_400)),
                List.of(new AllocationUse("1001", Frequency.PER_MONTH, 10, 8, null, 0)),
                List.of(new ProviderLines(YOUTH, 2, 1)),
                List.of(new ClientCostPeriods(Law.JW, 68_400, 1, 0, 0)),
                List.of(new ProviderProductCost(YOUTH, AMBULANT, 68_400, 1)),
                List.of(new ProviderProductCost(YOUTH, AMBULANT, 68_400, 1)));
    }

    @Test
    void hoornInTheWorkedExample() {
        RiskReport report = RiskReport.compute(hoornMarch(), RiskThresholds.DEFAULTS);

        // JW: 395 651 × 12 / 3 = 1 582 604 of 9 000 000 = 17.58 %. Pooling: 272 250 × 12 = 3 267 000 of 9 000 000
        // = 36.30 % → ALERT; the year to date is the same 272 250, annualised over 3 months: 272 250 × 12 / 3
        // = 1 089 000 of 9 000 000 = 12.10 % → ALERT.
        assertThat(report.rows()).extracting(r -> String.join(" | ", r.indicatorName(), r.value(), r.threshold(),
                r.level().name(), r.detail())).containsExactly(
                "budget_forecast_JW | 17.58% | " + BUDGET + " | OK | spent 3956.51 in 3 months, forecast 15826.04"
                        + " of budget 90000.00",
                "budget_forecast_WMO | 0.00% | " + BUDGET + " | OK | spent 0.00 in 3 months, forecast 0.00"
                        + " of budget 40000.00",
                "pooling_adjustment_period | 2722.50 | " + POOLING + " | ALERT | adjustment 2026-03"
                        + " paid into the pool; annualised 36.30% of JW budget 90000.00",
                "pooling_adjustment_year | 2722.50 | " + POOLING + " | ALERT | adjustments 2026-01"
                        + " to 2026-03 paid into the pool; annualised 12.10% of JW budget 90000.00",
                "high_cost_clients | 0 | WATCH from 25.00%, ALERT above 50.00% share of all client cost held by clients"
                        + " above 100000.00 | OK | 0 of 1 clients above 100000.00 hold 0.00% of 684.00",
                "allocations_nearly_used | 0 | WATCH from 90.00%, ALERT above 100.00% of volume or budget used, per"
                        + " allocation | OK | none of 1 allocations",
                "provider_rejection_rate | 1 | WATCH from 10.00%, ALERT above 25.00% of lines rejected, per provider"
                        + " | ALERT | 1 of 1 providers rated: 12345678 50.00% (1 of 2)",
                "cost_per_client_change_JW |  | " + CHANGE + " | OK | no comparison: 1 client costing 684.00 in 2026-03,"
                        + " 0 clients costing 0.00 in 2025-03",
                "cost_per_client_change_WMO |  | " + CHANGE + " | OK | no comparison: 0 clients costing 0.00 in 2026-03,"
                        + " 0 clients costing 0.00 in 2025-03",
                "provider_cost_above_median | 0 | WATCH from 150.00%, ALERT above 200.00% of the region's median cost"
                        + " per client, per provider and product | OK | 0 of 1 provider products measured");
        // The CSV cells: numbers plain with their units, thresholds as numbers (issue 15).
        assertThat(report.rows()).extracting(r -> String.join(",", r.cells().subList(0, 7))).containsExactly(
                "budget_forecast_JW,17.58,percent,95.00,105.00,percent,OK",
                "budget_forecast_WMO,0.00,percent,95.00,105.00,percent,OK",
                "pooling_adjustment_period,2722.50,euro,5.00,10.00,percent,ALERT",
                "pooling_adjustment_year,2722.50,euro,5.00,10.00,percent,ALERT",
                "high_cost_clients,0,count,25.00,50.00,percent,OK",
                "allocations_nearly_used,0,count,90.00,100.00,percent,OK",
                "provider_rejection_rate,1,count,10.00,25.00,percent,ALERT",
                "cost_per_client_change_JW,,basis_points,1000,2500,basis_points,OK",
                "cost_per_client_change_WMO,,basis_points,1000,2500,basis_points,OK",
                "provider_cost_above_median,0,count,150.00,200.00,percent,OK");
        assertThat(report.fileName()).isEqualTo("risk_0405.csv");
        assertThat(report.worstLevel()).isEqualTo(RiskLevel.ALERT);
        assertThat(RiskRow.HEADER).containsExactly("indicator", "value", "unit", "watch_from", "alert_above",
                "threshold_unit", "level", "threshold", "detail");
    }

    private static final String BUDGET = "WATCH from 95.00%, ALERT above 105.00% of the budget (forecast for the year)";
    private static final String POOLING = "WATCH from 5.00%, ALERT above 10.00% of JW budget per year (annualised)";
    private static final String CHANGE = "WATCH from +1000 bp, ALERT above +2500 bp change in cost per client"
            + " against a year earlier";

    @Test
    void everyReportHasTheSameRowsInTheSameOrderAlsoWithoutData() {
        RiskInput empty = new RiskInput(HOORN, MARCH, List.of(), PoolingPosition.NONE, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());

        RiskReport report = RiskReport.compute(empty, RiskThresholds.DEFAULTS);

        assertThat(report.rows()).extracting(RiskRow::indicatorName).containsExactly("budget_forecast_JW",
                "budget_forecast_WMO", "pooling_adjustment_period", "pooling_adjustment_year", "high_cost_clients",
                "allocations_nearly_used", "provider_rejection_rate", "cost_per_client_change_JW",
                "cost_per_client_change_WMO", "provider_cost_above_median");
        assertThat(report.worstLevel()).isEqualTo(RiskLevel.OK);
    }

    @Test
    void theOrderOfTheInputsDoesNotMatter() {
        RiskInput input = hoornMarch();
        List<ClientCost> clients = List.of(new ClientCost("b", 20_000_000), new ClientCost("a", 20_000_000),
                new ClientCost("c", 1));
        List<ProviderLines> lines = List.of(new ProviderLines(YOUTH, 2, 1), new ProviderLines(AgbCode.of("87654321"), 4, 2));
        RiskInput forward = with(input, clients, lines);
        List<ClientCost> reversedClients = new ArrayList<>(clients);
        Collections.reverse(reversedClients);
        List<ProviderLines> reversedLines = new ArrayList<>(lines);
        Collections.reverse(reversedLines);
        RiskInput backward = with(input, reversedClients, reversedLines);

        assertThat(RiskReport.compute(backward, RiskThresholds.DEFAULTS))
                .isEqualTo(RiskReport.compute(forward, RiskThresholds.DEFAULTS));
    }

    @Test
    void rowsAreSortedIntoReportOrderAndAnIndicatorAppearsOnce() {
        RiskFigure none = RiskFigure.none(RiskUnit.PERCENT);
        RiskThreshold band = new RiskThreshold(new Band(0, 0), RiskUnit.PERCENT, "");
        RiskRow wmo = new RiskRow(RiskIndicator.BUDGET_FORECAST, Law.WMO, none, band, RiskLevel.OK, "");
        RiskRow jw = new RiskRow(RiskIndicator.BUDGET_FORECAST, Law.JW, none, band, RiskLevel.OK, "");
        RiskRow high = new RiskRow(RiskIndicator.HIGH_COST_CLIENTS, null, none, band, RiskLevel.OK, "");

        assertThat(new RiskReport(HOORN, MARCH, List.of(high, wmo, jw)).rows()).containsExactly(jw, wmo, high);
        assertThatThrownBy(() -> new RiskReport(HOORN, MARCH, List.of(jw, jw))).hasMessageContaining("twice");
        assertThatThrownBy(() -> new RiskRow(RiskIndicator.HIGH_COST_CLIENTS, Law.JW, none, band, RiskLevel.OK, ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RiskInput with(RiskInput input, List<ClientCost> clients, List<ProviderLines> lines) {
        return new RiskInput(input.municipality(), input.period(), input.budgets(), input.pooling(), clients,
                input.allocations(), lines, input.costPerClient(), input.municipalityProviderCosts(),
                input.regionProviderCosts());
    }
}
