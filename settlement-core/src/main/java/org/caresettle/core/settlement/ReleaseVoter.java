package org.caresettle.core.settlement;

import java.time.LocalDate;
import java.util.Comparator;
import org.caresettle.core.value.BasisPoints;

/**
 * A debit that may decide a group's {@code partial_release_bp} (SPEC 7.2): the latest product start
 * wins, ties to the one accepted last. The line id breaks what remains, so that the choice never
 * depends on the order the lines arrive in.
 */
record ReleaseVoter(LocalDate productStart, long acceptedOrder, long lineId, BasisPoints partialRelease) {

    private static final Comparator<ReleaseVoter> ORDER = Comparator.comparing(ReleaseVoter::productStart)
            .thenComparingLong(ReleaseVoter::acceptedOrder)
            .thenComparingLong(ReleaseVoter::lineId);

    static ReleaseVoter latest(ReleaseVoter a, ReleaseVoter b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ORDER.compare(a, b) >= 0 ? a : b;
    }
}
