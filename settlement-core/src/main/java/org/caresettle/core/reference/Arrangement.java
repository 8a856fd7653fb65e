package org.caresettle.core.reference;

import java.time.LocalDate;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * A row of {@code arrangements.csv}: the contract of one provider in one region for a product
 * (a {@code null} product code covers every code of the category). {@code validTo} {@code null}
 * is open. AVAILABILITY has no client lines, so its {@code unit} and {@code tariffCents} may be
 * {@code null}; {@code annualAmountCents} is {@code null} for the other financing types.
 */
public record Arrangement(
        String arrangementId,
        AgbCode providerAgb,
        String regionCode,
        Product product,
        Financing financing,
        Unit unit,
        Long tariffCents,
        LocalDate validFrom,
        LocalDate validTo,
        BasisPoints withhold,
        BasisPoints partialRelease,
        Long annualAmountCents) {

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
