package org.caresettle.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.settlement.WorkedExample.*;

import java.time.LocalDate;
import java.util.List;
import org.caresettle.core.reference.OutcomeKind;
import org.junit.jupiter.api.Test;

/** SPEC 12 end to end, and the months around it. */
class WorkedExampleTest {

    @Test
    void marchSettlesAsTheSpecWorksItOut() {
        Settlement march = settle(MARCH, reference(), linesUpToMarch());

        assertThat(march.invoices()).extracting(Invoice::municipality).containsExactly(ENKHUIZEN, HOORN, STEDE_BROEC);
        assertThat(Render.invoice(march, HOORN)).containsExactly(
                "DIRECT 0405 12345678 JW/45/45A01 PERFORMANCE 04 n=1 v=8 w=0 a=68400",
                "AVAILABILITY 0405 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=55001",
                "POOLING_ADJUSTMENT 0405 - JW/-/- - - n=0 v=- w=0 a=272250",
                "TOTAL 0405 - -/-/- - - n=1 v=- w=0 a=395651");
        assertThat(Render.invoice(march, ENKHUIZEN)).containsExactly(
                "DIRECT 0388 12345678 JW/43/43A01 RESULT 82 n=1 v=1 w=45000 a=405000",
                "OUTCOME_RELEASE 0388 12345678 JW/43/43A01 RESULT - n=1 v=- w=0 a=90000",
                "AVAILABILITY 0388 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=20000",
                "POOLING_ADJUSTMENT 0388 - JW/-/- - - n=0 v=- w=0 a=-396000",
                "TOTAL 0388 - -/-/- - - n=2 v=- w=45000 a=119000");
        assertThat(Render.invoice(march, STEDE_BROEC)).containsExactly(
                "DIRECT 0532 87654321 WMO/02/02A01 PERFORMANCE 04 n=1 v=30 w=0 a=186000",
                "AVAILABILITY 0532 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=25000",
                "POOLING_ADJUSTMENT 0532 - JW/-/- - - n=0 v=- w=0 a=123750",
                "TOTAL 0532 - -/-/- - - n=1 v=- w=0 a=334750");

        assertThat(march.totals()).isEqualTo(new SettlementTotals(659_400, 90_000, 100_001, 45_000, 3));
        assertThat(march.totals().settledCents()).isEqualTo(849_401);
        assertThat(march.invoices().stream().mapToLong(i -> i.total().amountCents()).sum()).isEqualTo(849_401);
        assertThat(march.corrections()).isEmpty();
    }

    @Test
    void marchPaysEachProviderWithoutPoolingAdjustments() {
        Settlement march = settle(MARCH, reference(), linesUpToMarch());

        assertThat(Render.payment(march, YOUTH_PROVIDER)).containsExactly(
                "DIRECT 0388 12345678 JW/43/43A01 RESULT 82 n=1 v=1 w=45000 a=405000",
                "DIRECT 0405 12345678 JW/45/45A01 PERFORMANCE 04 n=1 v=8 w=0 a=68400",
                "OUTCOME_RELEASE 0388 12345678 JW/43/43A01 RESULT - n=1 v=- w=0 a=90000",
                "AVAILABILITY 0388 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=20000",
                "AVAILABILITY 0405 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=55001",
                "AVAILABILITY 0532 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=25000",
                "TOTAL - 12345678 -/-/- - - n=3 v=- w=45000 a=663401");
        assertThat(Render.payment(march, WMO_PROVIDER)).containsExactly(
                "DIRECT 0532 87654321 WMO/02/02A01 PERFORMANCE 04 n=1 v=30 w=0 a=186000",
                "TOTAL - 87654321 -/-/- - - n=1 v=- w=0 a=186000");
    }

    @Test
    void marchReleasesWhatFebruaryAndMarchWithheld() {
        Settlement march = settle(MARCH, reference(), linesUpToMarch());

        assertThat(march.releases()).singleElement().satisfies(release -> {
            assertThat(release.group()).isEqualTo(new ReleaseGroupKey(ENKHUIZEN, "2001", YOUTH_PROVIDER, P43A01));
            assertThat(release.withheldToPreviousCents()).isEqualTo(45_000);
            assertThat(release.withheldToDateCents()).isEqualTo(90_000);
            assertThat(release.releasablePreviousCents()).isZero();
            assertThat(release.releasableCents()).isEqualTo(90_000);
            assertThat(release.bookedCents()).isEqualTo(90_000);
            assertThat(release.pooled()).isTrue();
        });
        assertThat(march.pools()).singleElement().satisfies(pool -> assertThat(pool.totalCents()).isEqualTo(495_000));
    }

    @Test
    void februaryWithholdsReleasesNothingAndSharesAvailability() {
        // Feb lines only matter up to February; March lines in the stream are ignored for February.
        Settlement february = settle(FEBRUARY, reference(), linesUpToMarch());

        assertThat(february.releases()).isEmpty();
        assertThat(Render.invoice(february, ENKHUIZEN)).containsExactly(
                "DIRECT 0388 12345678 JW/43/43A01 RESULT 82 n=1 v=1 w=45000 a=405000",
                "AVAILABILITY 0388 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=20000",
                "POOLING_ADJUSTMENT 0388 - JW/-/- - - n=0 v=- w=0 a=-324000",
                "TOTAL 0388 - -/-/- - - n=1 v=- w=45000 a=101000");
        assertThat(Render.total(february, HOORN)).isEqualTo(55_001 + 222_750);
        assertThat(Render.total(february, STEDE_BROEC)).isEqualTo(25_000 + 101_250);
        assertThat(february.totals().settledCents()).isEqualTo(405_000 + 100_001);
        assertThat(february).isEqualTo(settle(FEBRUARY, reference(), List.of(february2001())));
    }

    @Test
    void aprilCreditAfterTheReleaseBooksANegativeRelease() {
        Settlement april = settle(APRIL, reference(), linesUpToApril());

        assertThat(april.releases()).singleElement().satisfies(release -> {
            assertThat(release.withheldToPreviousCents()).isEqualTo(90_000);
            assertThat(release.withheldToDateCents()).isEqualTo(45_000);
            assertThat(release.bookedCents()).isEqualTo(-45_000);
        });
        // Pooled 0388 = -405000 - 45000 = -450000, shared -247500 / -90000 / -112500.
        assertThat(Render.invoice(april, ENKHUIZEN)).containsExactly(
                "DIRECT 0388 12345678 JW/43/43A01 RESULT 82 n=1 v=-1 w=-45000 a=-405000",
                "OUTCOME_RELEASE 0388 12345678 JW/43/43A01 RESULT - n=1 v=- w=0 a=-45000",
                "AVAILABILITY 0388 12345678 JW/46/- AVAILABILITY - n=0 v=- w=0 a=20000",
                "POOLING_ADJUSTMENT 0388 - JW/-/- - - n=0 v=- w=0 a=360000",
                "TOTAL 0388 - -/-/- - - n=2 v=- w=-45000 a=-70000");
        assertThat(Render.total(april, HOORN)).isEqualTo(55_001 - 247_500);
        assertThat(Render.total(april, STEDE_BROEC)).isEqualTo(25_000 - 112_500);
        assertThat(april.totals().settledCents()).isEqualTo(-405_000 - 45_000 + 100_001);
    }

    @Test
    void aprilIsUnchangedWhenMarchIsRerun() {
        // Earlier periods never change: March settled again with the April credit in the stream is the same.
        assertThat(settle(MARCH, reference(), linesUpToApril())).isEqualTo(settle(MARCH, reference(), linesUpToMarch()));
    }

    @Test
    void aPartialOutcomeReleasesHalfOfTheWithheld() {
        Settlement march = settle(MARCH, reference(arrangements(), key2026(),
                List.of(outcome2001(OutcomeKind.PARTIAL, LocalDate.of(2026, 3, 31)))), linesUpToMarch());

        assertThat(march.releases()).singleElement().extracting(Release::bookedCents).isEqualTo(45_000L);
        assertThat(Render.total(march, HOORN)).isEqualTo(68_400 + 55_001 + 247_500);
        assertThat(Render.total(march, ENKHUIZEN)).isEqualTo(405_000 + 45_000 + 20_000 - 360_000);
        assertThat(Render.total(march, STEDE_BROEC)).isEqualTo(186_000 + 25_000 + 112_500);
    }

    @Test
    void anOutcomeReportedAfterThePeriodIsReleasedTheMonthItIsKnown() {
        var reference = reference(arrangements(), key2026(),
                List.of(outcome2001(OutcomeKind.ACHIEVED, LocalDate.of(2026, 4, 1))));

        assertThat(settle(MARCH, reference, linesUpToMarch()).releases()).isEmpty();
        assertThat(settle(APRIL, reference, linesUpToMarch()).releases()).singleElement()
                .extracting(Release::bookedCents).isEqualTo(90_000L);
    }

    @Test
    void notAchievedReleasesNothing() {
        var reference = reference(arrangements(), key2026(),
                List.of(outcome2001(OutcomeKind.NOT_ACHIEVED, LocalDate.of(2026, 3, 20))));
        assertThat(settle(MARCH, reference, linesUpToMarch()).releases()).isEmpty();
    }

    @Test
    void aRerunWithAnotherOutcomeListsTheCorrections() {
        Settlement first = settle(MARCH, reference(), linesUpToMarch());
        var partial = reference(arrangements(), key2026(),
                List.of(outcome2001(OutcomeKind.PARTIAL, LocalDate.of(2026, 3, 20))));

        Settlement second = PeriodSettlement.settle(SettlementRequest.nextVersion(MARCH, 2, partial,
                linesUpToMarch().iterator(), first.invoiceLines()));

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.invoices()).allSatisfy(invoice -> assertThat(invoice.version()).isEqualTo(2));
        assertThat(second.corrections()).get().satisfies(corrections -> assertThat(corrections.stream()
                .map(c -> c.key().municipality() + " " + c.key().type() + " " + c.change() + " "
                        + c.previousCents() + " -> " + c.newCents() + " (" + c.differenceCents() + ")")
                .toList()).containsExactly(
                        "0388 OUTCOME_RELEASE CHANGED 90000 -> 45000 (-45000)",
                        "0388 POOLING_ADJUSTMENT CHANGED -396000 -> -360000 (36000)",
                        "0388 TOTAL CHANGED 119000 -> 110000 (-9000)",
                        "0405 POOLING_ADJUSTMENT CHANGED 272250 -> 247500 (-24750)",
                        "0405 TOTAL CHANGED 395651 -> 370901 (-24750)",
                        "0532 POOLING_ADJUSTMENT CHANGED 123750 -> 112500 (-11250)",
                        "0532 TOTAL CHANGED 334750 -> 323500 (-11250)"));
    }

    @Test
    void aRerunWithUnchangedInputsHasNoCorrections() {
        Settlement first = settle(MARCH, reference(), linesUpToMarch());
        Settlement again = PeriodSettlement.settle(SettlementRequest.nextVersion(MARCH, 2, reference(),
                linesUpToMarch().iterator(), first.invoiceLines()));
        assertThat(again.corrections()).get().asList().isEmpty();
    }

    @Test
    void aRerunWithANewLineShowsItAsAppeared() {
        Settlement first = settle(MARCH, reference(), List.of(february2001(), march1001(), march2001()));
        Settlement second = PeriodSettlement.settle(SettlementRequest.nextVersion(MARCH, 2, reference(),
                linesUpToMarch().iterator(), first.invoiceLines()));

        // 0532 had only pooling and availability lines in version 1; its WMO line is new.
        assertThat(second.corrections().orElseThrow()).filteredOn(c -> c.change() == Correction.Change.APPEARED)
                .singleElement().satisfies(c -> {
                    assertThat(c.key().municipality()).isEqualTo(STEDE_BROEC);
                    assertThat(c.key().type()).isEqualTo(LineType.DIRECT);
                    assertThat(c.newCents()).isEqualTo(186_000);
                    assertThat(c.differenceCents()).isEqualTo(186_000);
                });
        Settlement third = PeriodSettlement.settle(SettlementRequest.nextVersion(MARCH, 3, reference(),
                List.of(february2001(), march1001(), march2001()).iterator(), second.invoiceLines()));
        assertThat(third.corrections().orElseThrow()).filteredOn(c -> c.change() == Correction.Change.VANISHED)
                .singleElement().satisfies(c -> {
                    assertThat(c.previousCents()).isEqualTo(186_000);
                    assertThat(c.differenceCents()).isEqualTo(-186_000);
                });
    }
}
