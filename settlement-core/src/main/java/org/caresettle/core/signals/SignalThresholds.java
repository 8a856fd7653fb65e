package org.caresettle.core.signals;

import org.caresettle.core.risk.Band;

/**
 * The configured thresholds of every signal (defaults and their reasons in docs/decisions.md).
 *
 * @param rejectionRate share of P's lines rejected
 * @param rejectionRise rise of that share against P − 1, in basis points (500 = 5 percentage points)
 * @param rejectionMinLines fewer lines in P are not rated (a handful of lines says nothing)
 * @param atCap share of accepted debit lines at exactly the monthly volume of their allocation
 * @param atCapMinLines fewer accepted debit lines are not rated
 * @param creditRedeclared credits of P declared again afterwards, counted
 * @param costAboveMedian the provider's cost per client as a share of the region's median for the product
 * @param costMinProviders fewer providers of a product in a region make no median
 * @param achievedSoonDays an ACHIEVED outcome reported fewer days than this after the allocation's start is "soon"
 * @param achievedSoon share of the provider's ACHIEVED outcomes of the year reported soon
 * @param manyProviders providers declaring one client in P: WATCH from, ALERT above
 */
public record SignalThresholds(Band rejectionRate, Band rejectionRise, long rejectionMinLines, Band atCap,
        long atCapMinLines, CountBand creditRedeclared, Band costAboveMedian, int costMinProviders, int achievedSoonDays,
        Band achievedSoon, CountBand manyProviders) {

    public static SignalThresholds defaults() {
        return new SignalThresholds(new Band(1_000, 2_500), new Band(500, 1_500), 20, new Band(5_000, 8_000), 20,
                new CountBand(3, 10), new Band(15_000, 20_000), 3, 30, new Band(2_500, 5_000), new CountBand(3, 4));
    }
}
