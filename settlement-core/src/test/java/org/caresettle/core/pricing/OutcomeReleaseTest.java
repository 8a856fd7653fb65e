package org.caresettle.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.caresettle.core.reference.Outcome;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.value.BasisPoints;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;

class OutcomeReleaseTest {

    private static final BasisPoints HALF = new BasisPoints(5000);
    private static final Optional<OutcomeKind> NONE = Optional.empty();
    private static final Optional<OutcomeKind> ACHIEVED = Optional.of(OutcomeKind.ACHIEVED);
    private static final Optional<OutcomeKind> PARTIAL = Optional.of(OutcomeKind.PARTIAL);
    private static final Optional<OutcomeKind> NOT_ACHIEVED = Optional.of(OutcomeKind.NOT_ACHIEVED);

    @Test
    void releasableByOutcome() {
        assertThat(OutcomeRelease.releasable(90_000, ACHIEVED, HALF)).isEqualTo(90_000);
        assertThat(OutcomeRelease.releasable(90_000, PARTIAL, HALF)).isEqualTo(45_000);
        assertThat(OutcomeRelease.releasable(90_000, NOT_ACHIEVED, HALF)).isZero();
        assertThat(OutcomeRelease.releasable(90_000, NONE, HALF)).isZero();
    }

    @Test
    void partialReleaseRoundsHalfUpOnTheAbsoluteValue() {
        assertThat(OutcomeRelease.releasable(45_001, PARTIAL, HALF)).isEqualTo(22_501); // 22500.5
        assertThat(OutcomeRelease.releasable(-45_001, PARTIAL, HALF)).isEqualTo(-22_501);
        assertThat(OutcomeRelease.releasable(45_001, PARTIAL, new BasisPoints(3333))).isEqualTo(14_999); // 14998.8333
        assertThat(OutcomeRelease.releasable(45_001, PARTIAL, BasisPoints.ZERO)).isZero();
        assertThat(OutcomeRelease.releasable(-45_001, ACHIEVED, HALF)).isEqualTo(-45_001);
    }

    @Test
    void anOutcomeCountsFromTheLastDayOfThePeriodItWasReportedIn() {
        Optional<Outcome> reported = Optional.of(
                new Outcome("2001", MunicipalityCode.of("0388"), LocalDate.of(2026, 3, 20), OutcomeKind.ACHIEVED));
        assertThat(OutcomeRelease.knownBy(reported, Period.parse("2026-02"))).isEmpty();
        assertThat(OutcomeRelease.knownBy(reported, Period.parse("2026-03"))).isEqualTo(ACHIEVED);
        assertThat(OutcomeRelease.knownBy(reported, Period.parse("2027-01"))).isEqualTo(ACHIEVED);

        Optional<Outcome> lastDay = Optional.of(
                new Outcome("2001", MunicipalityCode.of("0388"), LocalDate.of(2026, 2, 28), OutcomeKind.PARTIAL));
        assertThat(OutcomeRelease.knownBy(lastDay, Period.parse("2026-02"))).isEqualTo(PARTIAL);
        assertThat(OutcomeRelease.knownBy(Optional.empty(), Period.parse("2026-03"))).isEmpty();
    }

    @Test
    void theWorkedExampleReleasesNinetyThousandInMarch() {
        // SPEC 12, allocation 2001: 45000 withheld in February, 45000 more in March; ACHIEVED on 2026-03-20.
        Optional<Outcome> outcome = Optional.of(
                new Outcome("2001", MunicipalityCode.of("0388"), LocalDate.of(2026, 3, 20), OutcomeKind.ACHIEVED));
        long february = OutcomeRelease.releasable(45_000, OutcomeRelease.knownBy(outcome, Period.parse("2026-02")), HALF);
        long march = OutcomeRelease.releasable(90_000, OutcomeRelease.knownBy(outcome, Period.parse("2026-03")), HALF);
        assertThat(february).isZero();
        assertThat(OutcomeRelease.bookedIn(february, 0)).isZero();
        assertThat(OutcomeRelease.bookedIn(march, february)).isEqualTo(90_000);

        // April: the March line is credited (−45000 withheld), so W falls to 45000 and the
        // April statement takes back what March released too much; March itself stays as it was.
        long april = OutcomeRelease.releasable(45_000, OutcomeRelease.knownBy(outcome, Period.parse("2026-04")), HALF);
        assertThat(OutcomeRelease.bookedIn(april, march)).isEqualTo(-45_000);
    }

    @Test
    void aPartialOutcomeReleasesStepByStepAndTheStepsAddUp() {
        // W: 45001 (no outcome) -> 90001 (PARTIAL 50 %) -> 135001 -> 90000 after a credit.
        long p1 = OutcomeRelease.releasable(45_001, NONE, HALF);
        long p2 = OutcomeRelease.releasable(90_001, PARTIAL, HALF); // 45000.5 -> 45001
        long p3 = OutcomeRelease.releasable(135_001, PARTIAL, HALF); // 67500.5 -> 67501
        long p4 = OutcomeRelease.releasable(90_000, PARTIAL, HALF); // 45000
        assertThat(new long[] {p1, p2, p3, p4}).containsExactly(0, 45_001, 67_501, 45_000);
        long[] booked = {
                OutcomeRelease.bookedIn(p1, 0),
                OutcomeRelease.bookedIn(p2, p1),
                OutcomeRelease.bookedIn(p3, p2),
                OutcomeRelease.bookedIn(p4, p3)};
        assertThat(booked).containsExactly(0, 45_001, 22_500, -22_501);
        // The releases booked so far always add up to what is releasable now: nothing is paid twice.
        assertThat(booked[0] + booked[1] + booked[2] + booked[3]).isEqualTo(p4);
    }

    @Test
    void aNotAchievedOutcomeReleasesNothingEver() {
        long p1 = OutcomeRelease.releasable(45_000, NOT_ACHIEVED, HALF);
        long p2 = OutcomeRelease.releasable(90_000, NOT_ACHIEVED, HALF);
        assertThat(OutcomeRelease.bookedIn(p2, p1)).isZero();
    }
}
