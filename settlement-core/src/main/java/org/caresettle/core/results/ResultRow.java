package org.caresettle.core.results;

/**
 * A row of {@code results.csv}: for a RESULT-financed product of a provider, in a region or municipality,
 * year to date up to P. Trajectories ended this year ({@code ended}) by outcome; the achievement rate is
 * {@code achieved}/{@code ended}, written as that fraction. {@code directCents} and {@code releasedCents} are
 * the payment statements' DIRECT and OUTCOME_RELEASE lines of the year's periods up to P, {@code paidCents}
 * their sum. {@code stillWithheldCents}: withheld on every period up to P less everything released up to P
 * (what was kept back and not paid: awaiting an outcome, or kept for good after PARTIAL or NOT_ACHIEVED).
 * {@code costPerAchievedCents}: paid this year / results achieved this year, rounded half up; null
 * without an achieved result.
 */
public record ResultRow(Scope scope, ProductKey product, int ended, int achieved, int partial, int notAchieved,
        int noOutcome, long directCents, long releasedCents, long paidCents, long stillWithheldCents,
        Long costPerAchievedCents) {
}
