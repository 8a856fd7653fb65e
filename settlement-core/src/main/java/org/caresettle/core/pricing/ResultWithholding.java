package org.caresettle.core.pricing;

import org.caresettle.core.math.Rounding;
import org.caresettle.core.value.BasisPoints;

/**
 * The part of a RESULT line's amount held back until the allocation's outcome is known
 * (SPEC 7.2). The rounding is symmetric, so a credit of {@code -amount} withholds exactly minus
 * what its debit withheld and the two cancel to the cent.
 */
public final class ResultWithholding {

    private ResultWithholding() {
    }

    /** {@code round_half_up(amount × withhold_bp / 10000)}. */
    public static long withheld(long amountCents, BasisPoints withhold) {
        return Rounding.applyBasisPoints(amountCents, withhold);
    }

    /** What is paid now: the amount less the withheld part. */
    public static long costNow(long amountCents, BasisPoints withhold) {
        return Math.subtractExact(amountCents, withheld(amountCents, withhold));
    }
}
