package org.caresettle.core.math;

import org.caresettle.core.value.BasisPoints;

/**
 * The one rounding rule of SPEC section 2: half up on the absolute value, to whole cents
 * ({@code 12.5 -> 13}, {@code -12.5 -> -13}). Works on exact fractions of longs, so no
 * intermediate value is ever a floating-point number.
 */
public final class Rounding {

    private Rounding() {
    }

    /** {@code round_half_up(numerator / denominator)} for a positive denominator. */
    public static long roundHalfUp(long numerator, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        long magnitude = Math.absExact(numerator);
        long quotient = magnitude / denominator;
        long remainder = magnitude % denominator;
        if (remainder >= denominator - remainder) {
            quotient++;
        }
        return numerator < 0 ? -quotient : quotient;
    }

    /**
     * {@code round_half_up(cents × bp / 10000)}: the share of an amount in basis points. Exact for
     * every long: the whole ten-thousands and the rest are taken apart first, so {@code cents × bp}
     * is never formed (it would overflow from about 9.2 × 10^14 cents on, the result never does).
     * Both parts have the sign of {@code cents}, so rounding the rest alone rounds the whole.
     */
    public static long applyBasisPoints(long cents, BasisPoints basisPoints) {
        long bp = basisPoints.value();
        long wholes = cents / BasisPoints.WHOLE;
        long rest = cents % BasisPoints.WHOLE;
        return Math.addExact(wholes * bp, roundHalfUp(rest * bp, BasisPoints.WHOLE));
    }
}
