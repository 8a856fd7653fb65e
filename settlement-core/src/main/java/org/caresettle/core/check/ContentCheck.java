package org.caresettle.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.check.ledger.Ledger;
import org.caresettle.core.reference.ReferenceData;

/**
 * The declaration-level content checks of SPEC 4.1: all four run and every failing one is
 * reported, in the order S300, 9333, 9056, 8848 (SPEC 14). Any of them rejects every line.
 * Must run before the declaration itself is registered, or it would find itself.
 */
public final class ContentCheck {

    private ContentCheck() {
    }

    public static List<String> check(DeclarationHeader header, ReferenceData reference, Ledger ledger,
            LocalDate businessDate) {
        List<String> codes = new ArrayList<>();
        if (reference.municipality(header.municipality()).isEmpty()) {
            codes.add(ReturnCodes.UNKNOWN_MUNICIPALITY);
        }
        if (ledger.declarationNumberReceived(header.provider(), header.declarationNumber())) {
            codes.add(ReturnCodes.DECLARATION_NUMBER_RECEIVED);
        }
        if (ledger.messageIdReceived(header.provider(), header.messageId())) {
            codes.add(ReturnCodes.MESSAGE_ID_RECEIVED);
        }
        if (header.messageDate().isAfter(businessDate) || header.declarationDate().isAfter(businessDate)) {
            codes.add(ReturnCodes.DATE_AFTER_BUSINESS_DATE);
        }
        return codes;
    }
}
