package org.caresettle.batch.console;

import org.caresettle.core.value.Money;

/**
 * Amounts as Dutch finance staff write them: {@code € 1.234,56}, {@code -€ 3.960,00}. Exact from cents
 * ({@link Money#toGroupedEuroString}), never through a floating-point number.
 */
final class Amounts {

    private Amounts() {
    }

    /** A difference: {@code +€ 12,50}, {@code -€ 3,00}, {@code € 0,00}. */
    static String signedEuro(long cents) {
        return (cents > 0 ? "+" : "") + euro(cents);
    }

    static String euro(long cents) {
        return Money.ofCents(cents).toGroupedEuroString('.', ',');
    }
}
