package org.caresettle.batch.console;

import org.caresettle.core.value.Money;

/**
 * Amounts as Dutch finance staff write them: {@code € 1.234,56}, {@code -€ 3.960,00}. Built from the
 * statements' own euro text ({@link Money#toEuroString()}, exact from cents), never through a
 * floating-point number.
 */
final class Amounts {

    private Amounts() {
    }

    /** A difference: {@code +€ 12,50}, {@code -€ 3,00}, {@code € 0,00}. */
    static String signedEuro(long cents) {
        return (cents > 0 ? "+" : "") + euro(cents);
    }

    static String euro(long cents) {
        String plain = Money.ofCents(cents).toEuroString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + "€ " + grouped + "," + digits.substring(point + 1);
    }
}
