package org.caresettle.core.risk;

import java.util.Objects;
import org.caresettle.core.value.AgbCode;

/**
 * The lines a provider sent for the municipality in declarations of period P, and how many of them were
 * rejected (line checks, credit checks, or with their whole declaration). Every received line counts,
 * debit or credit, as every one was answered.
 */
public record ProviderLines(AgbCode provider, long receivedLines, long rejectedLines) {

    public ProviderLines {
        Objects.requireNonNull(provider, "provider");
        if (receivedLines < 0 || rejectedLines < 0 || rejectedLines > receivedLines) {
            throw new IllegalArgumentException("provider " + provider + ": " + rejectedLines
                    + " rejected of " + receivedLines + " received lines");
        }
    }
}
