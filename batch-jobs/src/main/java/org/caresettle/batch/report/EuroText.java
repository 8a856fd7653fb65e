package org.caresettle.batch.report;

import org.caresettle.core.value.Money;

/**
 * Amounts for people: {@code € 1,234,567.89}, {@code -€ 3,960.00}. Exact from cents
 * ({@link Money#toGroupedEuroString}), never through a floating-point or locale-dependent formatter.
 */
final class EuroText {

    private EuroText() {
    }

    static String of(long cents) {
        return Money.ofCents(cents).toGroupedEuroString(',', '.');
    }
}
