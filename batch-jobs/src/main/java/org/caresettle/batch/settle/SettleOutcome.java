package org.caresettle.batch.settle;

import org.caresettle.core.value.Period;

/**
 * What a settle of one period did: the version now in force, whether it was written, and what to print;
 * for the run record (issue 14) also the accepted lines it settled (0 when the inputs had not changed),
 * the municipalities invoiced in the version it wrote (0 when it wrote none) and, for a preview or a
 * what-if, the folder it wrote relative to {@code --out} (else null).
 */
public record SettleOutcome(Period period, int version, boolean written, String message, long linesSettled,
        int municipalities, String folder) {

    public SettleOutcome(Period period, int version, boolean written, String message) {
        this(period, version, written, message, 0, 0, null);
    }

    /** The same outcome with another message. */
    SettleOutcome withMessage(String text) {
        return new SettleOutcome(period, version, written, text, linesSettled, municipalities, folder);
    }

    /** The same outcome, of a settle that read {@code lines} accepted lines. */
    SettleOutcome settled(long lines) {
        return new SettleOutcome(period, version, written, message, lines, municipalities, folder);
    }
}
