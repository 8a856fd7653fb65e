package org.caresettle.core.settlement;

import java.time.LocalDate;
import java.util.Objects;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * One accepted declaration line as the settlement needs it. A credit is handed in carrying its
 * debit's municipality, provider, product, allocation and product start (the shell joins them),
 * so that it finds the same arrangement and prices as exactly minus its debit (SPEC 7), while
 * {@code declarationPeriod} is the credit's own declaration's period, where it is booked (SPEC 6).
 * {@code volume} and {@code amountCents} are the unsigned message values; {@code dc} gives the sign.
 * {@code acceptedOrder} is the order of acceptance (ties of SPEC 7.2 go to the one accepted last).
 */
public record AcceptedLine(
        long lineId,
        Period declarationPeriod,
        MunicipalityCode municipality,
        AgbCode provider,
        Product product,
        String allocationNumber,
        LocalDate productStart,
        long volume,
        Unit unit,
        long amountCents,
        DebitCredit dc,
        long acceptedOrder) {

    public AcceptedLine {
        Objects.requireNonNull(declarationPeriod, "declarationPeriod");
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(allocationNumber, "allocationNumber");
        Objects.requireNonNull(productStart, "productStart");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(dc, "dc");
        if (!product.hasCode()) {
            // A declared line always names its code; only allocations and arrangements may leave it empty.
            throw new IllegalArgumentException("line " + lineId + " has no product code");
        }
        if (volume < 0 || amountCents < 0) {
            throw new IllegalArgumentException("line " + lineId + " has a negative volume or amount; the sign is D/C");
        }
    }

    public boolean isCredit() {
        return dc == DebitCredit.C;
    }

    /** The volume with the sign of D/C: a credit takes its debit's volume back. */
    public long signedVolume() {
        return dc.sign() * volume;
    }
}
