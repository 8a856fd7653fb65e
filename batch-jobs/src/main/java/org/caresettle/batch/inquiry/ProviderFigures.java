package org.caresettle.batch.inquiry;

import java.util.List;

/**
 * One provider's declarations of one period (the month of the declaration lines: {@code
 * settlement_period}, null when the declaration had no readable period): how many declarations and
 * lines came in, how many lines were accepted and rejected, and the return codes of the rejected
 * lines, the most frequent first. A line rejected for two reasons counts once under each code.
 */
public record ProviderFigures(String agb, String period, long declarations, long lines, long accepted, long rejected,
        List<CodeCount> codes) {

    public ProviderFigures {
        codes = List.copyOf(codes);
    }

    /** Rejected lines as a share of all lines, 0 when there are none. */
    public double rejectionRate() {
        return lines == 0 ? 0 : (double) rejected / lines;
    }

    /** One return code and on how many rejected lines it was given. */
    public record CodeCount(String code, long count) {
    }
}
