package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.check.CheckFixture.AGB_A;
import static org.caresettle.core.check.CheckFixture.AGB_B;
import static org.caresettle.core.check.CheckFixture.BSN_1;
import static org.caresettle.core.check.CheckFixture.BSN_2;
import static org.caresettle.core.check.CheckFixture.BSN_3;
import static org.caresettle.core.check.CheckFixture.HOORN;
import static org.caresettle.core.check.CheckFixture.STEDE_BROEC;

import java.time.LocalDate;
import java.util.List;
import org.caresettle.core.check.TestDeclaration.TestLine;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.reference.Allocation;
import org.caresettle.core.reference.AllocationStatus;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Unit;
import org.junit.jupiter.api.Test;

/** Each code of SPEC 4.2: one case that makes it happen and a close one that must not. */
class DebitLineCheckTest extends DeciderTestSupport {

    /** Allocation 1002: aspecific 45, 2 h per day, 2026-03-10..2026-03-20, budget 171000. */
    private static TestLine perDay(String reference, String start, String end, long hours) {
        return TestLine.debit(reference, "1002", BSN_1, "45", "45A01", start, end, hours, "04", 8550L);
    }

    private static TestLine at7000(TestLine line) {
        return line.set(DeclarationColumn.CODE, "45B02").set(DeclarationColumn.TARIFF_CENTS, "7000");
    }

    private static TestLine euros(String reference, long cents) {
        return TestLine.debit(reference, "1005", BSN_1, "47", "47X01", "2026-03-01", "2026-03-31", cents, "83",
                null);
    }

    @Test
    void aLineThatBreaksNoRuleIsAccepted() {
        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("R1", 8)));

        assertThat(verdict.answerCodes()).containsExactly(ReturnCode.of("8001"));
        assertThat(verdict.lines().get(0).accepted()).isTrue();
        assertThat(verdict.lines().get(0).reference()).isEqualTo("R1");
        assertThat(verdict.lines().get(0).signedAmountCents()).isEqualTo(68400);
        assertThat(verdict.awardedTotalCents()).isEqualTo(68400);
    }

    @Test
    void noAllocationWithThisNumberForThisMunicipality() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.ALLOCATION_NUMBER,
                "9999")))).containsExactly("9338");
        // 2001 exists, but in Enkhuizen.
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R2", 1).set(DeclarationColumn.ALLOCATION_NUMBER,
                "2001")))).containsExactly("9338");
    }

    @Test
    void anAllocationOfAnotherProviderIsNone() {
        // 3001 belongs to provider B.
        assertThat(onlyLineCodes(TestDeclaration.of(AGB_A, STEDE_BROEC, "WMO", "2026-03")
                .line(WorkedExampleTest.stedeBroec("R1", 8)))).containsExactly("9338");
    }

    @Test
    void anAllocationUnderAnotherLawIsNone() {
        // 4001 is provider B's JW allocation in Stede Broec; declared under WMO it does not count.
        TestLine line = TestLine.debit("R1", "4001", BSN_3, "45", "45A01", "2026-03-01", "2026-03-31", 1, "04",
                8550L);
        assertThat(onlyLineCodes(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03").line(line)))
                .containsExactly("9338");
    }

    @Test
    void withoutAnAllocationOnly9319And9346And8021StillRun() {
        accept(hoornMarch(TestLine.hoorn("R1", 1)));

        TestLine line = TestLine.debit("R1", "9999", BSN_2, "99", "99Z99", "2026-02-20", "2026-03-05", 5, "01",
                100L).amount(1);

        assertThat(onlyLineCodes(hoornMarch(line))).containsExactly("9338", "9319", "9346", "8021");
    }

    @Test
    void aDeletedAllocation() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.ALLOCATION_NUMBER,
                "1003")))).containsExactly("9384");
    }

    @Test
    void anotherClientsBsn() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.BSN, BSN_2))))
                .containsExactly("8187");
    }

    @Test
    void anotherCategory() {
        // Category 46 is provider A's availability arrangement, so 0611 comes along.
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.CATEGORY, "46"))))
                .containsExactly("9339", "0611");
    }

    @Test
    void anotherCodeOnASpecificAllocation() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.CODE, "45A02")
                .set(DeclarationColumn.TARIFF_CENTS, "7000")))).containsExactly("9340");
    }

    @Test
    void anyCodeOfTheCategoryOnAnAspecificAllocation() {
        accept(hoornMarch(perDay("R1", "2026-03-10", "2026-03-10", 2).set(DeclarationColumn.CODE, "45B02")
                .set(DeclarationColumn.TARIFF_CENTS, "7000")));
    }

    @Test
    void anotherUnit() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.UNIT, "01"))))
                .containsExactly("9341");
    }

    @Test
    void aProductPeriodEndingAfterTheDeclarationPeriod() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).period("2026-03-31", "2026-04-01"))))
                .containsExactly("9319");
    }

    @Test
    void aProductPeriodSpanningTwoMonths() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).period("2026-02-20", "2026-03-05"))))
                .containsExactly("9319");
    }

    @Test
    void anEarlierMonthIsAllowed() {
        accept(hoornMarch(TestLine.hoorn("R1", 8).period("2026-02-01", "2026-02-28")));
    }

    @Test
    void aProductStartBeforeTheAllocation() {
        assertThat(onlyLineCodes(hoornMarch(perDay("R1", "2026-03-09", "2026-03-12", 4))))
                .containsExactly("9307");
    }

    @Test
    void aProductEndAfterTheAllocation() {
        assertThat(onlyLineCodes(hoornMarch(perDay("R1", "2026-03-18", "2026-03-21", 4))))
                .containsExactly("9308");
    }

    @Test
    void aProductPeriodOnTheAllocationsFirstAndLastDayIsInside() {
        accept(hoornMarch(perDay("R1", "2026-03-10", "2026-03-20", 4)));
    }

    @Test
    void anAmountThatIsNotVolumeTimesTariff() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).amount(68401)))).containsExactly("9346");
    }

    @Test
    void unit83NeedsAmountEqualToVolume() {
        assertThat(onlyLineCodes(hoornMarch(euros("R1", 5000).amount(5001)))).containsExactly("9346");
        accept(hoornMarch(euros("R2", 5000)));
    }

    @Test
    void noArrangementValidOnTheProductStart() {
        TestLine early = TestLine.debit("R1", "1007", BSN_1, "48", "48B01", "2026-03-14", "2026-03-14", 1, "04",
                5000L);
        TestLine onTime = TestLine.debit("R2", "1007", BSN_1, "48", "48B01", "2026-03-15", "2026-03-15", 1, "04",
                5000L);

        assertThat(onlyLineCodes(hoornMarch(early))).containsExactly("0611");
        accept(hoornMarch(onTime));
    }

    @Test
    void aTariffOtherThanTheArrangements() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.TARIFF_CENTS, "8600"))))
                .containsExactly("0611");
    }

    @Test
    void theSpecificCodeWinsOverTheCategoryWideArrangement() {
        // 45A01 has its own arrangement at 8550; the category-wide 7000 does not apply to it.
        assertThat(onlyLineCodes(hoornMarch(perDay("R1", "2026-03-10", "2026-03-10", 2)
                .set(DeclarationColumn.TARIFF_CENTS, "7000")))).containsExactly("0611");
    }

    @Test
    void anAvailabilityArrangementTakesNoClientLines() {
        TestLine line = TestLine.debit("R1", "1006", BSN_1, "46", "46A01", "2026-03-01", "2026-03-31", 1, "04",
                1000L);
        assertThat(onlyLineCodes(hoornMarch(line))).containsExactly("0611");
    }

    @Test
    void theArrangementIsLookedUpInTheRegionOfTheMunicipality() {
        // Provider B has a JW 45A01 allocation in Stede Broec (region WF) but only provider A has the arrangement.
        TestLine line = TestLine.debit("R1", "4001", BSN_3, "45", "45A01", "2026-03-01", "2026-03-31", 1, "04",
                8550L);
        assertThat(onlyLineCodes(TestDeclaration.of(AGB_B, STEDE_BROEC, "JW", "2026-03").line(line)))
                .containsExactly("0611");
    }

    @Test
    void aGivenTariffIsNotComparedForUnit83() {
        accept(hoornMarch(euros("R1", 5000).set(DeclarationColumn.TARIFF_CENTS, "1")));
    }

    @Test
    void aReferenceThisProviderAlreadySent() {
        accept(hoornMarch(TestLine.hoorn("R1", 4)));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 4).period("2026-03-01", "2026-03-02"))))
                .containsExactly("8021");
    }

    @Test
    void aReferenceSentByAnotherProviderIsNo8021() {
        accept(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03").line(WorkedExampleTest.stedeBroec("R1", 8)));

        accept(hoornMarch(TestLine.hoorn("R1", 4)));
    }

    @Test
    void aReferenceSentOnARejectedLineCounts() {
        decide(hoornMarch(TestLine.hoorn("R1", 4).set(DeclarationColumn.BSN, BSN_2)));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 4)))).containsExactly("8021");
    }

    @Test
    void aReferenceSentInADeclarationRejectedWholeCounts() {
        decide(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.PERIOD_END, "2026-03-30"));
        decide(hoornMarch(TestLine.hoorn("R2", 4)).set(DeclarationColumn.MESSAGE_DATE, "2027-01-01"));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 1).period("2026-03-01", "2026-03-01"))))
                .containsExactly("8021");
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R2", 1).period("2026-03-02", "2026-03-02"))))
                .containsExactly("8021");
        accept(hoornMarch(TestLine.hoorn("R3", 1).period("2026-03-03", "2026-03-03")));
    }

    @Test
    void anOpenDebitForTheSameAllocationCodeAndPeriod() {
        accept(hoornMarch(TestLine.hoorn("R1", 4)));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R2", 4)))).containsExactly("9389");
        accept(hoornMarch(TestLine.hoorn("R3", 4).period("2026-03-01", "2026-03-30")));
    }

    @Test
    void aRejectedDebitDoesNotBlockTheSlot() {
        decide(hoornMarch(TestLine.hoorn("R1", 4).amount(1)));

        accept(hoornMarch(TestLine.hoorn("R2", 4)));
    }

    @Test
    void theMonthlyVolumeMayBeReachedButNotExceeded() {
        accept(hoornMarch(TestLine.hoorn("R1", 6).period("2026-03-01", "2026-03-10")));
        accept(hoornMarch(TestLine.hoorn("R2", 4).period("2026-03-11", "2026-03-20")));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R3", 1).period("2026-03-21", "2026-03-31"))))
                .containsExactly("9321");
        // Another month has its own cap.
        accept(hoornMarch(TestLine.hoorn("R4", 10).period("2026-02-01", "2026-02-28")));
    }

    @Test
    void theMonthlyCapCountsLinesAcceptedEarlierInTheSameDeclaration() {
        DeclarationVerdict verdict = decide(hoornMarch(
                TestLine.hoorn("R1", 6).period("2026-03-01", "2026-03-10"),
                TestLine.hoorn("R2", 4).period("2026-03-11", "2026-03-20"),
                TestLine.hoorn("R3", 1).period("2026-03-21", "2026-03-31")));

        assertThat(codes(verdict)).containsExactly(List.of(), List.of(), List.of("9321"));
        assertThat(verdict.answerCodes()).containsExactly(ReturnCode.of("0200"));
        assertThat(verdict.awardedTotalCents()).isEqualTo(10 * 8550);
    }

    @Test
    void aRejectedLineDoesNotUseTheMonthlyVolume() {
        DeclarationVerdict verdict = decide(hoornMarch(
                TestLine.hoorn("R1", 6).period("2026-03-01", "2026-03-10").amount(1),
                TestLine.hoorn("R2", 10).period("2026-03-11", "2026-03-20")));

        assertThat(codes(verdict)).containsExactly(List.of("9346"), List.of());
    }

    @Test
    void perDayTheCapIsVolumeTimesDaysOfMonthAndAllocation() {
        // 2 h × 11 days (10..20 March) = 22; at 7000 (code 45B02) the budget of 171000 still holds.
        accept(hoornMarch(at7000(perDay("R1", "2026-03-10", "2026-03-15", 12))));
        accept(hoornMarch(at7000(perDay("R2", "2026-03-16", "2026-03-20", 10))));
        assertThat(onlyLineCodes(hoornMarch(at7000(perDay("R3", "2026-03-20", "2026-03-20", 1)))))
                .containsExactly("9321");
    }

    @Test
    void perWeekTheCapCountsMondayToSundayWeeksTouchingTheAllocationsPartOfTheMonth() {
        // 3002: 5 h per week, Wednesday 4 March .. Tuesday 17 March: weeks of 2, 9 and 16 March = 15.
        TestLine line = TestLine.debit("R1", "3002", BSN_3, "02", "02A01", "2026-03-04", "2026-03-17", 15, "04",
                6200L);
        accept(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03").line(line));
        TestLine more = TestLine.debit("R2", "3002", BSN_3, "02", "02A01", "2026-03-05", "2026-03-05", 1, "04",
                6200L);
        assertThat(onlyLineCodes(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03").line(more)))
                .containsExactly("9321");
    }

    @Test
    void aProductStartOutsideTheAllocationMonthGivesACapOfZero() {
        // 1002 lies wholly in March, so February has a cap of 0 for a per-day allocation.
        assertThat(onlyLineCodes(hoornMarch(perDay("R1", "2026-02-10", "2026-02-12", 1))))
                .containsExactly("9307", "9308", "9321");
    }

    @Test
    void aProductStartOutsideTheAllocationInAnOverlappingMonthGetsThatPartsCap() {
        reference = CheckFixture.reference(List.of(new Allocation("1010", CheckFixture.mc(HOORN), Bsn.of(BSN_1),
                CheckFixture.agb(AGB_A), CheckFixture.jw("45", "45A01"), LocalDate.of(2026, 3, 30), null, 1,
                Unit.HOUR, Frequency.PER_DAY, null, AllocationStatus.ACTIVE)));
        TestLine line = TestLine.hoorn("R1", 2).set(DeclarationColumn.ALLOCATION_NUMBER, "1010")
                .period("2026-03-01", "2026-03-31");

        // Cap = 1 × 2 days (30 and 31 March): 2 passes the cap, the start is still outside.
        assertThat(onlyLineCodes(hoornMarch(line))).containsExactly("9307");
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R2", 3).set(DeclarationColumn.ALLOCATION_NUMBER,
                "1010").period("2026-03-01", "2026-03-31")))).containsExactly("9307", "9321");
    }

    @Test
    void aTotalAllocationMayBeUsedUpButNotExceeded() {
        TestLine first = TestLine.hoorn("R1", 15).set(DeclarationColumn.ALLOCATION_NUMBER, "1004");
        TestLine second = TestLine.hoorn("R2", 5).set(DeclarationColumn.ALLOCATION_NUMBER, "1004")
                .period("2026-02-01", "2026-02-28");
        TestLine third = TestLine.hoorn("R3", 1).set(DeclarationColumn.ALLOCATION_NUMBER, "1004")
                .period("2026-01-01", "2026-01-31");

        accept(hoornMarch(first));
        accept(hoornMarch(second));
        assertThat(onlyLineCodes(hoornMarch(third))).containsExactly("9322");
    }

    @Test
    void aBudgetMayBeUsedUpButNotExceeded() {
        // 1002 has a budget of 171000 = 20 h × 8550, below its monthly cap of 22 h.
        accept(hoornMarch(perDay("R1", "2026-03-10", "2026-03-15", 12)));
        accept(hoornMarch(perDay("R2", "2026-03-16", "2026-03-19", 8)));

        assertThat(onlyLineCodes(hoornMarch(perDay("R3", "2026-03-20", "2026-03-20", 1)))).containsExactly("9369");
    }

    @Test
    void allFailingCodesAreReportedInTableOrder() {
        accept(hoornMarch(TestLine.hoorn("R1", 1).set(DeclarationColumn.ALLOCATION_NUMBER, "1004")
                .period("2026-03-30", "2026-03-30")));
        TestLine line = TestLine.debit("R1", "1004", BSN_2, "46", "46A01", "2025-12-31", "2026-04-01", 20, "01",
                8600L).amount(1);

        assertThat(onlyLineCodes(hoornMarch(line)))
                .containsExactly("8187", "9339", "9340", "9341", "9319", "9307", "9346", "0611", "8021", "9322");
    }

    @Test
    void aDeletedAllocationStillCountsItsOtherCodes() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R1", 11).set(DeclarationColumn.ALLOCATION_NUMBER,
                "1003").set(DeclarationColumn.BSN, BSN_2)))).containsExactly("9384", "8187", "9321");
    }

    @Test
    void providerBsOwnWmoLinePasses() {
        accept(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03").line(WorkedExampleTest.stedeBroec("R1", 8)));
    }
}
