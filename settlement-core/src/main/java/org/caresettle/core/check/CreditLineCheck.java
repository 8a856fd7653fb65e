package org.caresettle.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caresettle.core.check.ledger.AcceptedDebit;
import org.caresettle.core.check.ledger.Ledger;

/**
 * The credit checks of SPEC 4.3, and only these (no 8021): the credit must name an accepted
 * debit of the same provider, municipality and law (8017), not yet credited (9390), with the
 * same volume and amount (9346). 9390 and 9346 are both reported when both fail.
 */
public final class CreditLineCheck {

    private CreditLineCheck() {
    }

    public static List<ReturnCode> check(DeclarationHeader header, DeclaredLine credit, Ledger ledger) {
        Optional<AcceptedDebit> found = ledger.acceptedDebit(header.provider(), credit.previousReference())
                .filter(d -> d.municipality().equals(header.municipality()))
                .filter(d -> d.law() == header.law());
        if (found.isEmpty()) {
            return List.of(ReturnCode.NO_DEBIT_TO_CREDIT);
        }
        AcceptedDebit debit = found.get();
        List<ReturnCode> codes = new ArrayList<>();
        if (debit.credited()) {
            codes.add(ReturnCode.ALREADY_CREDITED);
        }
        if (debit.volume() != credit.volume() || debit.amountCents() != credit.amountCents()) {
            codes.add(ReturnCode.AMOUNT_INCORRECT);
        }
        return codes;
    }
}
