package org.caresettle.batch.inquiry;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's declaration and the answer it got (JW325/WMO325): the answer code (8001 all accepted,
 * 0200 some rejected), the total it claimed and the total awarded, and its rejected lines with their
 * return codes.
 */
public record DeclarationAnswer(long declarationId, String declarationNumber, String messageId, String inboxFile,
        LocalDate declarationDate, List<String> answerCodes, Long totalCents, long awardedTotalCents,
        List<RejectedLine> rejectedLines) {

    public DeclarationAnswer {
        answerCodes = List.copyOf(answerCodes);
        rejectedLines = List.copyOf(rejectedLines);
    }

    /** A rejected line of the declaration; the client as a pseudonym (empty when no BSN could be read). */
    public record RejectedLine(String reference, String dc, String client, long amountCents, List<String> codes) {

        public RejectedLine {
            codes = List.copyOf(codes);
        }
    }
}
