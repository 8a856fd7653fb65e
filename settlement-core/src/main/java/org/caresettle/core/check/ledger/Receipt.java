package org.caresettle.core.check.ledger;

import java.util.List;
import org.caresettle.core.value.AgbCode;

/**
 * What reading a declaration registers (SPEC 14, "received means read"), also when it was
 * rejected as a whole. {@code messageId} and {@code declarationNumber} are {@code null} when
 * they could not be read; {@code references} holds every readable line reference, debit or credit.
 */
public record Receipt(AgbCode provider, String messageId, String declarationNumber, List<String> references) {

    public Receipt {
        references = List.copyOf(references);
    }
}
