package org.caresettle.batch.inquiry;

import java.time.LocalDate;

/**
 * An accepted declaration line behind a DIRECT invoice line. The client is the pseudonym of the
 * statements' detail files; a credit shows its debit's client and names the debit it reverses.
 * {@code amountCents} is signed: a credit is negative.
 */
public record LineBehind(long declarationId, String reference, String previousReference, String dc, String client,
        String allocationNumber, LocalDate productStart, LocalDate productEnd, Long volume, String unit,
        long amountCents, String inboxFile, String messageId) {
}
