package org.caresettle.core.explain;

import org.caresettle.core.settlement.LineType;

/** The parts an invoice difference is split into, in the order the check line adds them. */
public enum Component {
    /** DIRECT: more or less volume at the earlier tariff. */
    VOLUME,
    /** DIRECT: the later volume at a changed average tariff. */
    TARIFF,
    /** OUTCOME_RELEASE lines. */
    RELEASE,
    /** AVAILABILITY lines. */
    AVAILABILITY,
    /** The POOLING_ADJUSTMENT line. */
    POOLING;

    /** The component a whole line of this type is, or {@code null} for DIRECT (split) and TOTAL (not a part). */
    static Component wholeLine(LineType type) {
        return switch (type) {
            case OUTCOME_RELEASE -> RELEASE;
            case AVAILABILITY -> AVAILABILITY;
            case POOLING_ADJUSTMENT -> POOLING;
            case DIRECT, TOTAL -> null;
        };
    }
}
