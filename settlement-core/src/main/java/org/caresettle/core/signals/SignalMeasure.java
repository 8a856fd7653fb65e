package org.caresettle.core.signals;

/**
 * A signal's figure as numbers, for readers that format it themselves (the console's Dutch page): the part
 * and the whole it is made of, the share in basis points rounded half up (10 000 = all; for
 * {@link Signal#COST_ABOVE_REGION_MEDIAN} the highest share of the median), and for
 * {@link Signal#REJECTION_RATE} the same of P − 1 and the change in basis points. Absent parts are null.
 */
public record SignalMeasure(Long count, Long total, Long shareBp, Long countBefore, Long totalBefore,
        Long shareBeforeBp, Long changeBp) {

    static final SignalMeasure NONE = new SignalMeasure(null, null, null, null, null, null, null);

    static SignalMeasure count(long count) {
        return new SignalMeasure(count, null, null, null, null, null, null);
    }

    static SignalMeasure part(long count, long total, Long shareBp) {
        return new SignalMeasure(count, total, shareBp, null, null, null, null);
    }

    static SignalMeasure share(long shareBp) {
        return new SignalMeasure(null, null, shareBp, null, null, null, null);
    }
}
