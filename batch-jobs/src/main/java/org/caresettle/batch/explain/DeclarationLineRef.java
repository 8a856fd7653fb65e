package org.caresettle.batch.explain;

import org.caresettle.core.value.DebitCredit;
import org.caresettle.core.value.Period;

/**
 * A declaration line as the explanation shows it: by its reference, file and message, never by the
 * client. A credit names the debit it reverses ({@code previousReference}).
 */
public record DeclarationLineRef(Period period, String reference, String previousReference, DebitCredit dc, long volume,
        long amountCents, String fileName, String messageId) {
}
