package org.caresettle.batch.inquiry;

import java.time.LocalDate;
import java.util.List;

/** One declaration of a provider as the provider page lists it: never a line or a client. */
public record ProviderDeclaration(long declarationId, String declarationNumber, String messageId, String inboxFile,
        LocalDate declarationDate, String period, List<String> answerCodes, long lines, long accepted, long rejected,
        Long totalCents, long awardedTotalCents) {

    public ProviderDeclaration {
        answerCodes = List.copyOf(answerCodes);
    }
}
