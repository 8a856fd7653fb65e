package org.caresettle.core.value;

/**
 * An amount of money in whole euro cents. Never floating point: every sum in a statement
 * must re-add to the cent, so arithmetic is exact and overflow is an error, not a wrap.
 */
public record Money(long cents) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(cents, other.cents));
    }

    public Money negate() {
        return new Money(Math.negateExact(cents));
    }

    public boolean isNegative() {
        return cents < 0;
    }

    /** Euros with two decimals and a point, as the statements print them: {@code -12.05}. */
    public String toEuroString() {
        // Math.abs(cents) would stay negative for Long.MIN_VALUE; euros and cents apart cannot overflow.
        long euros = Math.abs(cents / 100);
        long rest = Math.abs(cents % 100);
        String sign = cents < 0 ? "-" : "";
        return sign + euros + "." + (rest < 10 ? "0" : "") + rest;
    }

    /**
     * Euros for people, with the euro sign, the whole euros grouped by three and the given
     * separators: {@code -€ 1.234,56} with {@code '.'} and {@code ','}, {@code -€ 1,234.56} with
     * {@code ','} and {@code '.'}. Exact from cents, never through a floating-point number.
     */
    public String toGroupedEuroString(char groupSeparator, char decimalSeparator) {
        String plain = toEuroString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = digits.substring(0, point);
        StringBuilder grouped = new StringBuilder(negative ? "-€ " : "€ ");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(groupSeparator);
            }
            grouped.append(whole.charAt(i));
        }
        return grouped.append(decimalSeparator).append(digits.substring(point + 1)).toString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    @Override
    public String toString() {
        return toEuroString();
    }
}
