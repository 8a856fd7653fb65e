package org.caresettle.core.results;

import org.caresettle.core.value.Period;

/**
 * One DIRECT or OUTCOME_RELEASE line of a payment statement (the latest version of its period), per
 * municipality: {@code amountCents} is what was paid, {@code withheldCents} what a DIRECT line kept back.
 */
public record PaymentLine(String municipality, ProductKey product, String financing, Period period, boolean release,
        long amountCents, long withheldCents) {
}
