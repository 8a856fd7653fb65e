package org.caresettle.core.risk;

import org.caresettle.core.value.Law;

/**
 * The indicators of SPEC 11, declared in the order their rows appear in {@code risk_<municipality>.csv}.
 * The per-law ones get one row per law, JW before WMO, named with the law as suffix.
 */
public enum RiskIndicator {
    BUDGET_FORECAST("budget_forecast", true),
    POOLING_ADJUSTMENT_PERIOD("pooling_adjustment_period", false),
    POOLING_ADJUSTMENT_YEAR("pooling_adjustment_year", false),
    HIGH_COST_CLIENTS("high_cost_clients", false),
    ALLOCATIONS_NEARLY_USED("allocations_nearly_used", false),
    PROVIDER_REJECTION_RATE("provider_rejection_rate", false),
    COST_PER_CLIENT_CHANGE("cost_per_client_change", true),
    PROVIDER_COST_ABOVE_MEDIAN("provider_cost_above_median", false);

    private final String baseName;
    private final boolean perLaw;

    RiskIndicator(String baseName, boolean perLaw) {
        this.baseName = baseName;
        this.perLaw = perLaw;
    }

    public boolean perLaw() {
        return perLaw;
    }

    /** The {@code indicator} column: {@code budget_forecast_JW}, {@code high_cost_clients}. */
    public String columnName(Law law) {
        if (perLaw != (law != null)) {
            throw new IllegalArgumentException(baseName + (perLaw ? " needs a law" : " takes no law"));
        }
        return perLaw ? baseName + "_" + law.name() : baseName;
    }
}
