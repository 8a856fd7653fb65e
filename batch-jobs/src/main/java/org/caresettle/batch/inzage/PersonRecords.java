package org.caresettle.batch.inzage;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the engine holds about one person (issue 16 item 4, AVG article 15), found by their
 * BSN, which this record never holds: {@code pseudonym} is the name the statements give them.
 * Names beside codes come from the reference data in force (empty when it no longer knows a code).
 */
public record PersonRecords(String pseudonym, List<Allocation> allocations, List<Line> lines, List<Outcome> outcomes,
        List<Version> versions) {

    public PersonRecords {
        allocations = List.copyOf(allocations);
        lines = List.copyOf(lines);
        outcomes = List.copyOf(outcomes);
        versions = List.copyOf(versions);
    }

    /** Nothing is recorded: the answer still says so in a whole document. */
    public boolean isEmpty() {
        return allocations.isEmpty() && lines.isEmpty() && outcomes.isEmpty();
    }

    /**
     * An allocation as one or more reference loads held it: identical rows of successive loads are
     * one entry, from the first load that held it ({@code firstLoaded}) to the last ({@code lastLoaded});
     * {@code inForce} when the load in force holds it.
     */
    public record Allocation(String municipalityCode, String municipalityName, String allocationNumber,
            String providerAgb, String providerName, String law, String category, String code, String productName,
            LocalDate startDate, LocalDate endDate, long volume, String unit, String frequency, Long budgetCents,
            String status, LocalDateTime firstLoaded, LocalDateTime lastLoaded, boolean inForce) {
    }

    /**
     * A declaration line with this person's BSN, as received and judged at ingest. {@code codes} are the
     * line's return codes, or the declaration's when it was rejected as a whole.
     */
    public record Line(String period, String providerAgb, String providerName, String municipalityCode,
            String municipalityName, String declarationNumber, LocalDate declarationDate, String inboxFile,
            LocalDateTime receivedAt, String reference, String previousReference, String allocationNumber,
            String law, String category, String code, String productName, LocalDate productStart,
            LocalDate productEnd, Long volume, String unit, Long tariffCents, Long amountCents, String dc,
            boolean accepted, List<String> codes, boolean credited) {

        public Line {
            codes = List.copyOf(codes);
        }
    }

    /** An outcome reported on one of this person's allocations, with the reference load that holds it. */
    public record Outcome(String municipalityCode, String municipalityName, String allocationNumber,
            LocalDate reportedOn, String outcome, LocalDateTime firstLoaded, LocalDateTime lastLoaded,
            boolean inForce) {
    }

    /**
     * A published statement version that includes accepted lines of this person: in its period's
     * {@code detail_<municipality>.csv} files under {@link #pseudonym()}.
     */
    public record Version(String period, int version, LocalDateTime createdAt, List<String> municipalities,
            int lines) {

        public Version {
            municipalities = List.copyOf(municipalities);
        }
    }
}
