package org.caresettle.batch.message.xml;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an answer message says about itself: its Dagtekening (the run's business date), its own
 * message id (1 to 12 characters, see {@link AnswerMessageIds}) and the XSD versions of the
 * declaration it answers (echoed as XsdVersieDeclaratie; when unknown or malformed, as for a CSV
 * declaration, the versions of our own XSDs are written).
 */
public record AnswerHeader(LocalDate businessDate, String answerMessageId, XsdVersion declarationXsd) {

    public AnswerHeader {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(answerMessageId, "answerMessageId");
        if (answerMessageId.isBlank() || answerMessageId.length() > 12) {
            throw new IllegalArgumentException("an answer message id has 1 to 12 characters: '" + answerMessageId + "'");
        }
        if (declarationXsd == null || !declarationXsd.wellFormed()) {
            declarationXsd = MessageStandard.ANSWER_XSD_VERSION;
        }
    }

    public AnswerHeader(LocalDate businessDate, String answerMessageId) {
        this(businessDate, answerMessageId, null);
    }
}
