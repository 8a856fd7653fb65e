package org.caresettle.core.results;

import org.caresettle.core.value.Period;

/**
 * A row of {@code results_quarters.csv}: the cost per trajectory of a provider's product in one quarter of
 * P's year (its months up to P: {@code from} to {@code to}) against the same months a year before.
 * Trajectories are the allocations with an accepted debit line declared in those months; paid is the
 * payment statements' DIRECT and OUTCOME_RELEASE lines of those months. Cost per trajectory is paid /
 * trajectories rounded half up, null without trajectories; {@code changeCents} is this year's less the
 * year before's, null unless both exist.
 */
public record QuarterRow(Scope scope, ProductKey product, String financing, int quarter, Period from, Period to,
        int trajectories, long paidCents, Long costPerTrajectoryCents, int trajectoriesYearBefore,
        long paidYearBeforeCents, Long costPerTrajectoryYearBeforeCents, Long changeCents) {
}
