package org.caresettle.batch.ingest;

import java.util.Map;

/**
 * What ingesting one inbox file did; {@code outcome} is null for a file already known.
 * {@code answers} counts its declarations by answer (SPEC 5: {@code 8001}, {@code 0200}, or the
 * codes of a whole rejection joined by {@code |}); {@code rejectionCodes} counts the return codes
 * on its rejected lines, once per code, so a line rejected with 9338 and 8021 counts under both.
 * {@code providerLines} counts its lines per provider (the AGB code as declared, {@code unknown} when
 * it cannot be read), accepted and rejected (issue 15: the rejection rate of each provider).
 */
record FileResult(FileOutcome outcome, int declarations, long linesAccepted, long linesRejected,
        Map<String, Long> answers, Map<String, Long> rejectionCodes, Map<String, ProviderLines> providerLines) {

    /** One provider's lines in a file. */
    record ProviderLines(long accepted, long rejected) {

        ProviderLines plus(ProviderLines other) {
            return new ProviderLines(accepted + other.accepted, rejected + other.rejected);
        }
    }

    FileResult {
        answers = Map.copyOf(answers);
        rejectionCodes = Map.copyOf(rejectionCodes);
        providerLines = Map.copyOf(providerLines);
    }

    static FileResult known() {
        return of(null);
    }

    static FileResult of(FileOutcome outcome) {
        return new FileResult(outcome, 0, 0, 0, Map.of(), Map.of(), Map.of());
    }
}
