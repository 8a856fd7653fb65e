package org.caresettle.batch.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.caresettle.core.check.Verdict;
import org.springframework.stereotype.Component;

/**
 * Ingest counters (issue 3.7), fed once per inbox file from its {@link FileResult}, so the
 * domain code only counts and never sees a meter. Tag values are the words the outputs use.
 * <ul>
 * <li>{@code settlement.ingest.files{outcome}}: new inbox files by outcome, as in files.csv
 * (INGESTED, DUPLICATE, REJECTED, SKIPPED, VANISHED);</li>
 * <li>{@code settlement.ingest.declarations{answer}}: declarations by answer (8001, 0200, or the
 * codes of a whole rejection joined by {@code |}, e.g. {@code 0001} or {@code S300|9333});</li>
 * <li>{@code settlement.ingest.lines{verdict}}: every line once, ACCEPTED or REJECTED;</li>
 * <li>{@code settlement.ingest.rejection.codes{code}}: return codes on rejected lines, once per
 * code, so a line rejected with 9338 and 8021 counts under both and the sum exceeds the lines.</li>
 * <li>{@code settlement.ingest.provider.lines{provider,verdict}}: every line once per provider (AGB
 * code, {@code unknown} when unreadable), ACCEPTED or REJECTED, for the rejection rate of each
 * provider (issue 15).</li>
 * </ul>
 * Prometheus shows them with the suffix {@code _total}, e.g. {@code settlement_ingest_lines_total}.
 */
@Component
class IngestMetrics {

    static final String FILES = "settlement.ingest.files";
    static final String DECLARATIONS = "settlement.ingest.declarations";
    static final String LINES = "settlement.ingest.lines";
    static final String REJECTION_CODES = "settlement.ingest.rejection.codes";
    static final String PROVIDER_LINES = "settlement.ingest.provider.lines";

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(FileResult result) {
        if (result.outcome() == null) {
            return;
        }
        counter(FILES, "outcome", result.outcome().name(), "Inbox files by outcome").increment();
        result.answers().forEach((answer, count) ->
                counter(DECLARATIONS, "answer", answer, "Declarations by answer").increment(count));
        counter(LINES, "verdict", Verdict.ACCEPTED.name(), "Declared lines by verdict").increment(result.linesAccepted());
        counter(LINES, "verdict", Verdict.REJECTED.name(), "Declared lines by verdict").increment(result.linesRejected());
        result.rejectionCodes().forEach((code, count) ->
                counter(REJECTION_CODES, "code", code, "Return codes on rejected lines, once per code").increment(count));
        result.providerLines().forEach((provider, lines) -> {
            providerLines(provider, Verdict.ACCEPTED).increment(lines.accepted());
            providerLines(provider, Verdict.REJECTED).increment(lines.rejected());
        });
    }

    private Counter providerLines(String provider, Verdict verdict) {
        return Counter.builder(PROVIDER_LINES).description("Declared lines by provider and verdict")
                .tag("provider", provider).tag("verdict", verdict.name()).register(registry);
    }

    private Counter counter(String name, String tag, String value, String description) {
        return Counter.builder(name).description(description).tag(tag, value).register(registry);
    }
}
