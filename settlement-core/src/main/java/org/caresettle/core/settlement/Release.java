package org.caresettle.core.settlement;

/**
 * One release group's outcome release in period P (SPEC 7.2), with the figures it comes from so
 * that an auditor can follow it: W(P−1), W(P), releasable(P−1), releasable(P) and the booked
 * difference, which is negative when a credit lowered W after a release.
 */
public record Release(
        ReleaseGroupKey group,
        boolean pooled,
        long withheldToPreviousCents,
        long withheldToDateCents,
        long releasablePreviousCents,
        long releasableCents,
        long bookedCents) {
}
