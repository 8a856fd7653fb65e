package org.caresettle.core.risk;

import java.math.BigInteger;

/**
 * An exact fraction, so that a level is decided on the true value and never on a rounded or
 * floating-point one. BigInteger because the cross-products of national sums (cents × client
 * counts × 10000) leave the range of a long. The denominator is kept positive.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    private static final BigInteger WHOLE = BigInteger.valueOf(10_000);
    private static final BigInteger TWO = BigInteger.TWO;

    public Ratio {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("ratio with denominator 0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /** A threshold in basis points as a ratio: 9500 is 95/100. */
    public static Ratio ofBasisPoints(long basisPoints) {
        return new Ratio(BigInteger.valueOf(basisPoints), WHOLE);
    }

    public Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio dividedBy(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio minus(Ratio other) {
        return plus(new Ratio(other.numerator.negate(), other.denominator));
    }

    public int signum() {
        return numerator.signum();
    }

    /**
     * The ratio in basis points, rounded half up on the absolute value as SPEC 2 rounds money:
     * only for printing, since 105.004 % prints as 105.00 % and must still be ALERT.
     */
    public long roundedBasisPoints() {
        return roundHalfUp(numerator.multiply(WHOLE));
    }

    /** The ratio as a whole number (e.g. cents), rounded half up on the absolute value. */
    public long rounded() {
        return roundHalfUp(numerator);
    }

    private long roundHalfUp(BigInteger scaledNumerator) {
        BigInteger[] qr = scaledNumerator.abs().divideAndRemainder(denominator);
        BigInteger magnitude = qr[1].multiply(TWO).compareTo(denominator) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
        return (scaledNumerator.signum() < 0 ? magnitude.negate() : magnitude).longValueExact();
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ratio ratio && compareTo(ratio) == 0;
    }

    @Override
    public int hashCode() {
        BigInteger gcd = numerator.gcd(denominator);
        return numerator.divide(gcd).hashCode() * 31 + denominator.divide(gcd).hashCode();
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
