package org.caresettle.core.pricing;

import java.util.Optional;
import org.caresettle.core.math.Rounding;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Period;

/**
 * Releasing withheld RESULT money on an allocation's outcome (SPEC 7.2). A settled period never
 * changes, so each period books only the change of what is releasable since the period before;
 * that change is negative when a credit lowers the withheld total after a release.
 */
public final class OutcomeRelease {

    private OutcomeRelease() {
    }

    /**
     * The outcome as period {@code period} may know it: only one reported on or before the
     * period's last day counts, so rerunning an earlier period does not see a later report.
     */
    public static Optional<OutcomeKind> knownBy(Optional<Outcome> outcome, Period period) {
        return outcome
                .filter(o -> !o.reportedOn().isAfter(period.lastDay()))
                .map(Outcome::outcome);
    }

    /**
     * {@code releasable(P)} for the withheld total {@code W(P)} of one allocation and product code:
     * all of it when achieved, {@code round_half_up(W × partial_release_bp / 10000)} when partly
     * achieved, nothing when not achieved or not reported yet. W may be negative (a credit
     * declared for an earlier period than its debit); the rounding is symmetric then.
     */
    public static long releasable(long withheldToDate, Optional<OutcomeKind> outcome, BasisPoints partialRelease) {
        if (outcome.isEmpty()) {
            return 0;
        }
        return switch (outcome.get()) {
            case ACHIEVED -> withheldToDate;
            case PARTIAL -> Rounding.applyBasisPoints(withheldToDate, partialRelease);
            case NOT_ACHIEVED -> 0;
        };
    }

    /** The release booked in P: {@code releasable(P) − releasable(P−1)}, possibly negative. */
    public static long bookedIn(long releasableNow, long releasableBefore) {
        return Math.subtractExact(releasableNow, releasableBefore);
    }
}
