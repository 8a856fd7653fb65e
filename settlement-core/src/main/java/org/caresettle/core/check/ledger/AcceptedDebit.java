package org.caresettle.core.check.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;

/**
 * An accepted debit line as the cumulative checks see it: enough to judge a later credit of it
 * (4.3) and to count it against its allocation (9321, 9322, 9369, 9389). {@code credited} says
 * whether an accepted credit has reversed it.
 */
public record AcceptedDebit(
        AgbCode provider,
        String reference,
        MunicipalityCode municipality,
        Law law,
        String allocationNumber,
        Product product,
        LocalDate productStart,
        LocalDate productEnd,
        long volume,
        long amountCents,
        boolean credited) {

    public AllocationRef allocation() {
        return new AllocationRef(municipality, allocationNumber);
    }

    public DebitSlot slot() {
        return new DebitSlot(allocation(), product, productStart, productEnd);
    }

    public YearMonth startMonth() {
        return YearMonth.from(productStart);
    }

    public AcceptedDebit asCredited() {
        return new AcceptedDebit(provider, reference, municipality, law, allocationNumber, product, productStart,
                productEnd, volume, amountCents, true);
    }
}
