package org.caresettle.core.signals;

import java.time.LocalDate;
import java.util.List;

/**
 * What the shell counts per provider for period P. References are the provider's own line references (a
 * credit shown as {@code credit→new debit}); achieved outcomes by {@code municipality/allocation number}.
 *
 * @param received lines of P's declarations
 * @param rejected of which rejected (as a whole or by line checks)
 * @param receivedBefore lines of P − 1's declarations
 * @param rejectedBefore of which rejected
 * @param acceptedDebits accepted debit lines of P
 * @param atCapReferences accepted debit lines of P at exactly their allocation's monthly volume
 * @param redeclaredCredits accepted credits of P whose line was declared again afterwards
 * @param achieved ACHIEVED outcomes of P's year up to P on this provider's allocations
 */
public record ProviderActivity(String providerAgb, long received, long rejected, long receivedBefore,
        long rejectedBefore, List<String> rejectedReferences, long acceptedDebits, List<String> atCapReferences,
        List<String> redeclaredCredits, List<Achieved> achieved) {

    public ProviderActivity {
        rejectedReferences = List.copyOf(rejectedReferences);
        atCapReferences = List.copyOf(atCapReferences);
        redeclaredCredits = List.copyOf(redeclaredCredits);
        achieved = List.copyOf(achieved);
    }

    /** An ACHIEVED outcome: the allocation, when it started and when the outcome was reported. */
    public record Achieved(String allocation, LocalDate start, LocalDate reportedOn) {
    }
}
