package org.caresettle.core.risk;

import org.caresettle.core.value.Period;

/**
 * SPEC 11 cost per client against the same period a year earlier, per law (youth care and Wmo cost
 * per client differ by an order of magnitude, so one mixed figure would move with the mix alone).
 * change = (cost / clients) ÷ (cost₋₁₂ / clients₋₁₂) − 1, printed in basis points with its sign; only a
 * rise is a risk. Without clients in either period, or without a positive cost a year earlier, there is
 * no comparison: empty value, OK, and the detail says why.
 */
public final class CostPerClientChange {

    private CostPerClientChange() {
    }

    public static RiskRow row(ClientCostPeriods costs, Period period, Band band) {
        Period yearEarlier = new Period(period.month().minusYears(1));
        RiskThreshold threshold = new RiskThreshold(band, RiskUnit.BASIS_POINTS,
                "change in cost per client against a year earlier");
        if (costs.clients() == 0 || costs.yearEarlierClients() == 0 || costs.yearEarlierCostCents() <= 0) {
            return new RiskRow(RiskIndicator.COST_PER_CLIENT_CHANGE, costs.law(), RiskFigure.none(RiskUnit.BASIS_POINTS),
                    threshold, RiskLevel.OK,
                    "no comparison: " + describe(costs.costCents(), costs.clients(), period) + ", "
                            + describe(costs.yearEarlierCostCents(), costs.yearEarlierClients(), yearEarlier));
        }
        Ratio now = Ratio.of(costs.costCents(), costs.clients());
        Ratio before = Ratio.of(costs.yearEarlierCostCents(), costs.yearEarlierClients());
        Ratio change = now.dividedBy(before).minus(Ratio.of(1, 1));
        return new RiskRow(RiskIndicator.COST_PER_CLIENT_CHANGE, costs.law(),
                RiskFigure.basisPoints(change.roundedBasisPoints()), threshold, band.level(change),
                "per client " + RiskFormat.euros(now.rounded()) + " in " + period + " (" + costs.clients()
                        + " clients) against " + RiskFormat.euros(before.rounded()) + " in " + yearEarlier + " ("
                        + costs.yearEarlierClients() + " clients)");
    }

    private static String describe(long cost, long clients, Period period) {
        return clients + (clients == 1 ? " client" : " clients") + " costing " + RiskFormat.euros(cost) + " in "
                + period;
    }
}
