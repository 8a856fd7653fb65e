package org.caresettle.core.signals;

import org.caresettle.core.risk.RiskLevel;

/** Thresholds on a count, read as {@link org.caresettle.core.risk.Band}: WATCH from the first, ALERT above the second. */
public record CountBand(long watchFrom, long alertAbove) {

    public CountBand {
        if (watchFrom > alertAbove) {
            throw new IllegalArgumentException("WATCH threshold " + watchFrom + " lies above the ALERT threshold "
                    + alertAbove);
        }
    }

    public RiskLevel level(long count) {
        return count > alertAbove ? RiskLevel.ALERT : count >= watchFrom ? RiskLevel.WATCH : RiskLevel.OK;
    }

    public String describe() {
        return watchFrom + "/" + alertAbove;
    }
}
