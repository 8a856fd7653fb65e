package org.caresettle.core.settlement;

import java.util.Optional;
import org.caresettle.core.pricing.OutcomeRelease;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.Period;

/**
 * The running state of one release group while the lines stream past: the withheld sums up to
 * P−1 and in P, and the deciding debits, kept apart by period because releasable(P−1) and
 * releasable(P) may be decided by different debits. Nothing per line is kept.
 */
final class ReleaseGroup {

    private final ReleaseGroupKey key;
    private final boolean pooled;
    private long withheldBefore;
    private long withheldInPeriod;
    private boolean hasLineUpToPeriod;
    private ReleaseVoter debitBefore;
    private ReleaseVoter debitInPeriod;
    private ReleaseVoter debitLater;
    private ReleaseVoter creditedDebit;

    ReleaseGroup(ReleaseGroupKey key, boolean pooled) {
        this.key = key;
        this.pooled = pooled;
    }

    void add(PricedLine priced, Period period) {
        AcceptedLine line = priced.line();
        int position = line.declarationPeriod().compareTo(period);
        if (position <= 0) {
            hasLineUpToPeriod = true;
            if (position < 0) {
                withheldBefore = Math.addExact(withheldBefore, priced.withheldCents());
            } else {
                withheldInPeriod = Math.addExact(withheldInPeriod, priced.withheldCents());
            }
        }
        // A credit carries its debit's product start and finds its debit's arrangement, so it can stand
        // in for a debit that was not handed in; it is consulted only when no debit at all was.
        ReleaseVoter voter = new ReleaseVoter(line.productStart(), line.acceptedOrder(), line.lineId(),
                LinePricer.partialReleaseOf(priced.arrangement()));
        if (line.isCredit()) {
            creditedDebit = ReleaseVoter.latest(creditedDebit, voter);
        } else if (position < 0) {
            debitBefore = ReleaseVoter.latest(debitBefore, voter);
        } else if (position == 0) {
            debitInPeriod = ReleaseVoter.latest(debitInPeriod, voter);
        } else {
            debitLater = ReleaseVoter.latest(debitLater, voter);
        }
    }

    boolean hasLineUpToPeriod() {
        return hasLineUpToPeriod;
    }

    Release release(Period period, Optional<Outcome> outcome) {
        long withheldToBefore = withheldBefore;
        long withheldToNow = Math.addExact(withheldBefore, withheldInPeriod);
        ReleaseVoter anyDebit = ReleaseVoter.latest(ReleaseVoter.latest(debitBefore, debitInPeriod), debitLater);
        ReleaseVoter fallback = anyDebit != null ? anyDebit : creditedDebit;
        long releasableBefore = releasable(withheldToBefore, OutcomeRelease.knownBy(outcome, period.previous()),
                debitBefore, fallback);
        long releasableNow = releasable(withheldToNow, OutcomeRelease.knownBy(outcome, period),
                ReleaseVoter.latest(debitBefore, debitInPeriod), fallback);
        return new Release(key, pooled, withheldToBefore, withheldToNow, releasableBefore, releasableNow,
                OutcomeRelease.bookedIn(releasableNow, releasableBefore));
    }

    private static long releasable(long withheld, Optional<OutcomeKind> known, ReleaseVoter upToQ, ReleaseVoter fallback) {
        ReleaseVoter decider = upToQ != null ? upToQ : fallback;
        BasisPoints partial = decider == null ? BasisPoints.ZERO : decider.partialRelease();
        return OutcomeRelease.releasable(withheld, known, partial);
    }
}
