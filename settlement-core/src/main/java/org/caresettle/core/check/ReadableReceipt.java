package org.caresettle.core.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caresettle.core.check.ledger.Receipt;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.caresettle.core.value.AgbCode;

/** "Received means read" for a declaration that failed technically: register what can be read. */
final class ReadableReceipt {

    private ReadableReceipt() {
    }

    static Optional<Receipt> of(RawDeclaration raw) {
        String agb = FieldText.fixedDigits(raw.get(DeclarationColumn.PROVIDER_AGB), 8);
        if (agb == null) {
            // Everything is registered per provider; without one there is nothing to key it on.
            return Optional.empty();
        }
        List<String> references = new ArrayList<>();
        for (RawLine line : raw.lines() == null ? List.<RawLine>of() : raw.lines()) {
            String reference = FieldText.present(line.get(DeclarationColumn.REFERENCE));
            if (reference != null) {
                references.add(reference);
            }
        }
        return Optional.of(new Receipt(AgbCode.of(agb),
                FieldText.present(raw.get(DeclarationColumn.MESSAGE_ID)),
                FieldText.present(raw.get(DeclarationColumn.DECLARATION_NUMBER)), references));
    }
}
