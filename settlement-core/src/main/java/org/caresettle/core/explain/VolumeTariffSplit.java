package org.caresettle.core.explain;

import java.math.BigInteger;

/**
 * A DIRECT line's difference split into volume and tariff effect (the convention is in the
 * package documentation): volume = round_half_up((V1 − V0) × A0 / V0), tariff = (A1 − A0) − volume.
 * The product is formed as a {@link BigInteger}: net volumes times national amounts may pass the
 * range of a long even though the result does not.
 */
public record VolumeTariffSplit(long volumeCents, long tariffCents) {

    public static VolumeTariffSplit of(long volume0, long amount0, long volume1, long amount1) {
        long difference = Math.subtractExact(amount1, amount0);
        long volumeEffect;
        if (volume0 != 0) {
            volumeEffect = scaled(Math.subtractExact(volume1, volume0), amount0, volume0);
        } else if (volume1 != 0) {
            // No earlier tariff: the later one stands in, so (V1 − 0) × T1 = A1.
            volumeEffect = amount1;
        } else {
            volumeEffect = 0;
        }
        return new VolumeTariffSplit(volumeEffect, Math.subtractExact(difference, volumeEffect));
    }

    public long differenceCents() {
        return Math.addExact(volumeCents, tariffCents);
    }

    /** round_half_up(factor × amount / volume) for a non-zero volume of either sign. */
    private static long scaled(long factor, long amount, long volume) {
        BigInteger numerator = BigInteger.valueOf(factor).multiply(BigInteger.valueOf(amount));
        BigInteger denominator = BigInteger.valueOf(volume);
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger[] quotient = numerator.abs().divideAndRemainder(denominator);
        BigInteger magnitude = quotient[0];
        // Half up on the absolute value (SPEC 2): a remainder of at least half the denominator rounds away from 0.
        if (quotient[1].shiftLeft(1).compareTo(denominator) >= 0) {
            magnitude = magnitude.add(BigInteger.ONE);
        }
        return (numerator.signum() < 0 ? magnitude.negate() : magnitude).longValueExact();
    }
}
