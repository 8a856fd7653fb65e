package org.caresettle.core.settlement;

/**
 * The money of a period counted while the lines stream past, independently of the statements, so
 * that the invariants compare two computations rather than one with itself: the cost now of the
 * period's accepted lines, the releases booked, the availability amounts, and (informative) the
 * withheld part and the number of lines of the period.
 */
public record SettlementTotals(long directCents, long releaseCents, long availabilityCents, long withheldCents,
        long lineCount) {

    /** Σ accepted costs + releases + availability amounts of P: what every set of statements must add up to. */
    public long settledCents() {
        return Math.addExact(Math.addExact(directCents, releaseCents), availabilityCents);
    }
}
