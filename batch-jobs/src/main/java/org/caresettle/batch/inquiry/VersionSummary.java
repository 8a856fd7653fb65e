package org.caresettle.batch.inquiry;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One stored version of a period: its number, state and when it was made, the run that made it
 * ({@code runId} null when no run in the run log covers that moment), who asked for that run and
 * why (empty when the run log does not say), and every municipality's invoice TOTAL in cents, by
 * municipality code.
 */
public record VersionSummary(int number, String status, LocalDateTime createdAt, Long runId, String requestedBy,
        String reason, SortedMap<String, Long> invoiceTotals) {

    public VersionSummary {
        invoiceTotals = new TreeMap<>(invoiceTotals);
    }

    static VersionSummary of(int number, String status, LocalDateTime createdAt, Long runId, RunWho who,
            Map<String, Long> totals) {
        return new VersionSummary(number, status, createdAt, runId, who.requestedBy(), who.reason(),
                new TreeMap<>(totals));
    }

    /** Who asked for a run and why, as the run log keeps it (issue 14); empty strings when unknown. */
    record RunWho(String requestedBy, String reason) {
        static final RunWho UNKNOWN = new RunWho("", "");
    }
}
