package org.caresettle.batch.report;

import org.caresettle.core.value.Money;

/**
 * Amounts for people: {@code € 1,234,567.89}, {@code -€ 3,960.00}. Built from the statements' own
 * euro text ({@link Money#toEuroString()}, exact from cents) by grouping the digits, never through a
 * floating-point or locale-dependent formatter.
 */
final class EuroText {

    private EuroText() {
    }

    static String of(long cents) {
        String plain = Money.ofCents(cents).toEuroString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = digits.substring(0, point);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + "€ " + grouped + digits.substring(point);
    }
}
