package org.caresettle.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.core.check.ledger.Ledger;
import org.caresettle.core.reference.ReferenceData;

/**
 * The declaration-level content checks of SPEC 4.1: all four run and every failing one is
 * reported, in the order S300, 9333, 9056, 8848 (SPEC 14). Any of them rejects every line. 8848
 * covers both a date after the business date and a period that does not end before the
 * declaration date.
 * Must run before the declaration itself is registered, or it would find itself.
 */
public final class ContentCheck {

    private ContentCheck() {
    }

    public static List<ReturnCode> check(DeclarationHeader header, ReferenceData reference, Ledger ledger,
            LocalDate businessDate) {
        List<ReturnCode> codes = new ArrayList<>();
        if (reference.municipality(header.municipality()).isEmpty()) {
            codes.add(ReturnCode.UNKNOWN_MUNICIPALITY);
        }
        if (ledger.declarationNumberReceived(header.provider(), header.declarationNumber())) {
            codes.add(ReturnCode.DECLARATION_NUMBER_RECEIVED);
        }
        if (ledger.messageIdReceived(header.provider(), header.messageId())) {
            codes.add(ReturnCode.MESSAGE_ID_RECEIVED);
        }
        if (header.messageDate().isAfter(businessDate) || header.declarationDate().isAfter(businessDate)
                || declaredBeforeDelivered(header)) {
            codes.add(ReturnCode.DATE_AFTER_BUSINESS_DATE);
        }
        return codes;
    }

    /**
     * Care is declared after it was delivered: a period that does not end before the declaration
     * date (the current month, a future month such as 9999-12) would be paid before the care is
     * given, and a future year has no pooling key yet to settle it by (issue 11.3).
     */
    private static boolean declaredBeforeDelivered(DeclarationHeader header) {
        return !header.period().lastDay().isBefore(header.declarationDate());
    }
}
