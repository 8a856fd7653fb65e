package org.caresettle.core.check;

import java.time.LocalDate;
import java.time.YearMonth;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * A declared line that passed the technical checks. {@code index} is its place among the
 * declaration's lines (file order), {@code position} where it stood in the file.
 * {@code previousReference} is {@code null} on a debit (CD060). {@code tariffCents} is
 * {@code null} for unit 83, where a given tariff is ignored. The allocation number is kept as a
 * canonical integer text (no leading zeros), as the XSD types it as an integer.
 */
public record DeclaredLine(
        int index,
        long position,
        Bsn bsn,
        String reference,
        String previousReference,
        String allocationNumber,
        Product product,
        LocalDate productStart,
        LocalDate productEnd,
        long volume,
        Unit unit,
        Long tariffCents,
        long amountCents,
        DebitCredit dc) {

    public boolean isCredit() {
        return dc == DebitCredit.C;
    }

    public long signedAmountCents() {
        return dc.sign() * amountCents;
    }

    /** The month whose volume cap the line counts against (SPEC 4.2, 9321). */
    public YearMonth startMonth() {
        return YearMonth.from(productStart);
    }
}
