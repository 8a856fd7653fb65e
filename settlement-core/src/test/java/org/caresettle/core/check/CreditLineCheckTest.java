package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.check.CheckFixture.AGB_A;
import static org.caresettle.core.check.CheckFixture.AGB_B;
import static org.caresettle.core.check.CheckFixture.ENKHUIZEN;
import static org.caresettle.core.check.CheckFixture.HOORN;
import static org.caresettle.core.check.CheckFixture.STEDE_BROEC;

import java.util.List;
import org.caresettle.core.check.TestDeclaration.TestLine;
import org.caresettle.core.declaration.DeclarationColumn;
import org.junit.jupiter.api.Test;

/** SPEC 4.3: credits get 8017, 9390 and 9346 only, and are handled before the debits. */
class CreditLineCheckTest extends DeciderTestSupport {

    private void acceptDebitR1() {
        accept(hoornMarch(TestLine.hoorn("R1", 8)));
    }

    @Test
    void aCreditOfAnAcceptedDebitIsAccepted() {
        acceptDebitR1();

        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("C1", 8).credit("R1")));

        assertThat(verdict.answerCodes()).containsExactly(ReturnCode.of("8001"));
        assertThat(verdict.lines().get(0).signedAmountCents()).isEqualTo(-68400);
        assertThat(verdict.submittedTotalCents()).isEqualTo(-68400);
        assertThat(verdict.awardedTotalCents()).isEqualTo(-68400);
    }

    @Test
    void aCreditWithoutAnAcceptedDebit() {
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C1", 8).credit("R1")))).containsExactly("8017");
    }

    @Test
    void aCreditOfARejectedDebit() {
        decide(hoornMarch(TestLine.hoorn("R1", 8).amount(1)));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C1", 1).amount(1).credit("R1"))))
                .containsExactly("8017");
    }

    @Test
    void aCreditOfAnotherProvidersDebit() {
        accept(TestDeclaration.of(AGB_B, STEDE_BROEC, "WMO", "2026-03").line(WorkedExampleTest.stedeBroec("R1", 8)));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C1", 8).set(DeclarationColumn.TARIFF_CENTS, "6200")
                .credit("R1")))).containsExactly("8017");
    }

    @Test
    void aCreditInAnotherMunicipality() {
        acceptDebitR1();

        assertThat(onlyLineCodes(TestDeclaration.of(AGB_A, ENKHUIZEN, "JW", "2026-03")
                .line(TestLine.hoorn("C1", 8).credit("R1")))).containsExactly("8017");
    }

    @Test
    void aCreditUnderAnotherLaw() {
        acceptDebitR1();

        assertThat(onlyLineCodes(TestDeclaration.of(AGB_A, HOORN, "WMO", "2026-03")
                .line(TestLine.hoorn("C1", 8).credit("R1")))).containsExactly("8017");
    }

    @Test
    void aCreditInALaterPeriodIsFine() {
        accept(TestDeclaration.of(AGB_A, HOORN, "JW", "2026-02").line(TestLine.hoorn("R1", 8)
                .period("2026-02-02", "2026-02-03")));

        accept(hoornMarch(TestLine.hoorn("C1", 8).period("2026-02-02", "2026-02-03").credit("R1")));
    }

    @Test
    void aDebitCreditedTwice() {
        acceptDebitR1();
        accept(hoornMarch(TestLine.hoorn("C1", 8).credit("R1")));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C2", 8).credit("R1")))).containsExactly("9390");
    }

    @Test
    void aDebitCreditedTwiceInOneDeclaration() {
        acceptDebitR1();

        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("C1", 8).credit("R1"),
                TestLine.hoorn("C2", 8).credit("R1")));

        assertThat(codes(verdict)).containsExactly(List.of(), List.of("9390"));
        assertThat(verdict.awardedTotalCents()).isEqualTo(-68400);
    }

    @Test
    void aCreditWithAnotherVolumeOrAmount() {
        acceptDebitR1();

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C1", 7).amount(68400).credit("R1"))))
                .containsExactly("9346");
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C2", 8).amount(68399).credit("R1"))))
                .containsExactly("9346");
        // Its own arithmetic is not a credit check: volume and amount as the debit's are enough.
        accept(hoornMarch(TestLine.hoorn("C3", 8).set(DeclarationColumn.TARIFF_CENTS, "1").amount(68400)
                .credit("R1")));
    }

    @Test
    void alreadyCreditedAndAnotherAmountAreBothReported() {
        acceptDebitR1();
        accept(hoornMarch(TestLine.hoorn("C1", 8).credit("R1")));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C2", 2).credit("R1")))).containsExactly("9390", "9346");
    }

    @Test
    void aCreditGetsNo8021() {
        acceptDebitR1();
        decide(hoornMarch(TestLine.hoorn("C1", 1).period("2026-03-01", "2026-03-01").amount(1)));

        accept(hoornMarch(TestLine.hoorn("C1", 8).credit("R1")));
    }

    @Test
    void aCreditsReferenceCountsAsSentForLaterDebits() {
        acceptDebitR1();
        accept(hoornMarch(TestLine.hoorn("C1", 8).credit("R1")));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C1", 8)))).containsExactly("8021");
    }

    @Test
    void aRejectedCreditsReferenceCountsAsSentToo() {
        decide(hoornMarch(TestLine.hoorn("C1", 8).credit("R1")));

        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("C1", 8)))).containsExactly("8021");
    }

    @Test
    void creditsComeFirstSoACreditAndItsReplacementFitInOneDeclaration() {
        acceptDebitR1();

        // The replacement stands first in the file; it still sees R1 credited (9389, 9321).
        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("R2", 10),
                TestLine.hoorn("C1", 8).credit("R1")));

        assertThat(codes(verdict)).containsExactly(List.of(), List.of());
        assertThat(verdict.lines()).extracting(LineVerdict::reference).containsExactly("R2", "C1");
        assertThat(verdict.submittedTotalCents()).isEqualTo(85500 - 68400);
        assertThat(verdict.awardedTotalCents()).isEqualTo(85500 - 68400);
    }

    @Test
    void afterACreditTheSameSlotMayBeDeclaredAgain() {
        acceptDebitR1();
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R2", 2)))).containsExactly("9389");
        accept(hoornMarch(TestLine.hoorn("C1", 8).credit("R1")));

        accept(hoornMarch(TestLine.hoorn("R3", 10)));
    }

    @Test
    void aCreditGivesBackVolumeAndBudgetOfTheDebitsMonth() {
        // 1002: 2 h a day in 10..20 March (cap 22), budget 171000 (20 h at 8550).
        TestLine first = TestLine.debit("R1", "1002", CheckFixture.BSN_1, "45", "45A01", "2026-03-10",
                "2026-03-15", 20, "04", 8550L);
        accept(hoornMarch(first));
        TestLine more = TestLine.debit("R2", "1002", CheckFixture.BSN_1, "45", "45A01", "2026-03-16",
                "2026-03-20", 20, "04", 8550L);
        assertThat(onlyLineCodes(hoornMarch(more))).containsExactly("9321", "9369");

        accept(hoornMarch(TestLine.debit("C1", "1002", CheckFixture.BSN_1, "45", "45A01", "2026-03-10",
                "2026-03-15", 20, "04", 8550L).credit("R1")));

        TestLine again = TestLine.debit("R3", "1002", CheckFixture.BSN_1, "45", "45A01", "2026-03-16",
                "2026-03-20", 20, "04", 8550L);
        accept(hoornMarch(again));
    }

    @Test
    void aCreditFreesTheMonthOfItsDebitsProductStartNotItsOwn() {
        accept(hoornMarch(TestLine.hoorn("R1", 10).period("2026-02-01", "2026-02-28")));
        accept(hoornMarch(TestLine.hoorn("R2", 10)));

        // The credit names a March product period, but its debit lay in February.
        accept(hoornMarch(TestLine.hoorn("C1", 10).credit("R1")));

        accept(hoornMarch(TestLine.hoorn("R3", 10).period("2026-02-01", "2026-02-27")));
        assertThat(onlyLineCodes(hoornMarch(TestLine.hoorn("R4", 1).period("2026-03-02", "2026-03-02"))))
                .containsExactly("9321");
    }
}
