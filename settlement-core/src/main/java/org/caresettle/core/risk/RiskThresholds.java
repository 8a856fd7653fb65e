package org.caresettle.core.risk;

import java.util.Objects;

/**
 * The thresholds of the risk report; the shell reads them from configuration, {@link #DEFAULTS} holds
 * the values used when it names none. Every {@link Band} reads "WATCH from, ALERT above" in basis points.
 *
 * @param budgetForecast       forecast spend of the year as a share of the budget (SPEC 11: 95 % / 105 %)
 * @param poolingExposure      the pooling adjustment paid in, annualised, as a share of the year's JW budget
 *                             (5 % / 10 %: the region's solidarity may cost a municipality some of its youth
 *                             budget, not a tenth of it without someone looking)
 * @param highCostClientCents  a client is high-cost when the 12-month cost is strictly above this (100 000.00 EUR)
 * @param highCostShare        the high-cost clients' share of all client cost (25 % / 50 %)
 * @param allocationUse        the used share of an allocation's total volume or budget (90 % / 100 %: ≥ 90 % is
 *                             "nearly used up", over 100 % means the allocation was lowered below what was used)
 * @param rejectionRate        rejected lines / received lines of a provider (10 % / 25 %)
 * @param rejectionMinLines    a provider with fewer received lines is not rated (1: every provider is)
 * @param costPerClientChange  cost per client against the same period a year earlier, as change (+10 % / +25 %)
 * @param costAboveMedian      a provider's cost per client relative to the region's median for the product
 *                             (150 % / 200 %)
 */
public record RiskThresholds(
        Band budgetForecast,
        Band poolingExposure,
        long highCostClientCents,
        Band highCostShare,
        Band allocationUse,
        Band rejectionRate,
        long rejectionMinLines,
        Band costPerClientChange,
        Band costAboveMedian) {

    public static final RiskThresholds DEFAULTS = new RiskThresholds(
            new Band(9_500, 10_500),
            new Band(500, 1_000),
            10_000_000L,
            new Band(2_500, 5_000),
            new Band(9_000, 10_000),
            new Band(1_000, 2_500),
            1,
            new Band(1_000, 2_500),
            new Band(15_000, 20_000));

    public RiskThresholds {
        Objects.requireNonNull(budgetForecast, "budgetForecast");
        Objects.requireNonNull(poolingExposure, "poolingExposure");
        Objects.requireNonNull(highCostShare, "highCostShare");
        Objects.requireNonNull(allocationUse, "allocationUse");
        Objects.requireNonNull(rejectionRate, "rejectionRate");
        Objects.requireNonNull(costPerClientChange, "costPerClientChange");
        Objects.requireNonNull(costAboveMedian, "costAboveMedian");
        if (highCostClientCents < 0) {
            throw new IllegalArgumentException("high-cost client threshold must not be negative: " + highCostClientCents);
        }
        if (rejectionMinLines < 1) {
            throw new IllegalArgumentException("minimum lines for a rejection rate must be at least 1: "
                    + rejectionMinLines);
        }
    }
}
