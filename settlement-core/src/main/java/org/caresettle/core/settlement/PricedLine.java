package org.caresettle.core.settlement;

import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;

/**
 * An accepted line with its price (SPEC 7). {@code costCents} (paid now) and {@code withheldCents}
 * carry the line's sign: a credit's are exactly minus its debit's. {@code pooled} is the product's
 * flag in products.csv, false for a code missing there.
 */
public record PricedLine(
        AcceptedLine line,
        String regionCode,
        Arrangement arrangement,
        long costCents,
        long withheldCents,
        boolean pooled) {

    public Financing financing() {
        return arrangement.financing();
    }

    /** The declared amount with its sign: what the cost and the withheld part add up to. */
    public long signedAmountCents() {
        return Math.addExact(costCents, withheldCents);
    }
}
