package org.caresettle.core.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * The risk report of one municipality and period (SPEC 11), what the shell writes as
 * {@code risk_<municipality>.csv}: one row per indicator (per law where it is per law) in the fixed
 * order of {@link RiskIndicator}, so equal inputs give a byte-identical file and the rows of two
 * municipalities or periods line up.
 */
public record RiskReport(MunicipalityCode municipality, Period period, List<RiskRow> rows) {

    public RiskReport {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        List<RiskRow> sorted = new ArrayList<>(rows);
        sorted.sort(RiskRow.REPORT_ORDER);
        Set<String> names = new HashSet<>();
        for (RiskRow row : sorted) {
            if (!names.add(row.indicatorName())) {
                throw new IllegalArgumentException("indicator " + row.indicatorName() + " appears twice");
            }
        }
        rows = List.copyOf(sorted);
    }

    public static RiskReport compute(RiskInput input, RiskThresholds thresholds) {
        List<RiskRow> rows = new ArrayList<>();
        for (Law law : Law.values()) {
            rows.add(BudgetForecast.row(budgetOf(input, law), input.period(), thresholds.budgetForecast()));
        }
        rows.addAll(PoolingExposure.rows(input.pooling(), budgetOf(input, Law.JW).budgetCents(), input.period(),
                thresholds.poolingExposure()));
        rows.add(HighCostClients.row(input.clientCosts(), thresholds.highCostClientCents(),
                thresholds.highCostShare()));
        rows.add(AllocationsNearlyUsed.row(input.allocations(), thresholds.allocationUse()));
        rows.add(ProviderRejectionRate.row(input.providerLines(), thresholds.rejectionRate(),
                thresholds.rejectionMinLines()));
        for (Law law : Law.values()) {
            rows.add(CostPerClientChange.row(costPerClientOf(input, law), input.period(),
                    thresholds.costPerClientChange()));
        }
        rows.add(ProviderCostAboveMedian.row(input.municipalityProviderCosts(), input.regionProviderCosts(),
                thresholds.costAboveMedian()));
        return new RiskReport(input.municipality(), input.period(), rows);
    }

    /** {@code risk_0405.csv}; the shell puts it under {@code reports/<period>/}. */
    public String fileName() {
        return "risk_" + municipality.value() + ".csv";
    }

    /** The worst level of the report, e.g. for a log line or a metric. */
    public RiskLevel worstLevel() {
        return rows.stream().map(RiskRow::level).reduce(RiskLevel.OK, RiskLevel::worst);
    }

    private static BudgetPosition budgetOf(RiskInput input, Law law) {
        BudgetPosition found = null;
        for (BudgetPosition position : input.budgets()) {
            if (position.law() == law) {
                if (found != null) {
                    throw new IllegalArgumentException("budget position of " + law + " given twice");
                }
                found = position;
            }
        }
        return found != null ? found : new BudgetPosition(law, 0, null);
    }

    private static ClientCostPeriods costPerClientOf(RiskInput input, Law law) {
        ClientCostPeriods found = null;
        for (ClientCostPeriods costs : input.costPerClient()) {
            if (costs.law() == law) {
                if (found != null) {
                    throw new IllegalArgumentException("cost per client of " + law + " given twice");
                }
                found = costs;
            }
        }
        return found != null ? found : ClientCostPeriods.none(law);
    }
}
