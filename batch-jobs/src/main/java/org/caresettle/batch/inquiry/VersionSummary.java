package org.caresettle.batch.inquiry;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One stored version of a period: its number, state and when it was made, the run that made it
 * ({@code runId} null when no run in the run log covers that moment), and every municipality's
 * invoice TOTAL in cents, by municipality code.
 */
public record VersionSummary(int number, String status, LocalDateTime createdAt, Long runId,
        SortedMap<String, Long> invoiceTotals) {

    public VersionSummary {
        invoiceTotals = new TreeMap<>(invoiceTotals);
    }

    static VersionSummary of(int number, String status, LocalDateTime createdAt, Long runId, Map<String, Long> totals) {
        return new VersionSummary(number, status, createdAt, runId, new TreeMap<>(totals));
    }
}
