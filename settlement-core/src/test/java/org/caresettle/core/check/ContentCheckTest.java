package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.check.CheckFixture.AGB_A;
import static org.caresettle.core.check.CheckFixture.AGB_B;
import static org.caresettle.core.check.CheckFixture.HOORN;

import java.util.List;
import org.caresettle.core.check.TestDeclaration.TestLine;
import org.caresettle.core.declaration.DeclarationColumn;
import org.junit.jupiter.api.Test;

class ContentCheckTest extends DeciderTestSupport {

    @Test
    void anUnknownMunicipalityRejectsEveryLine() {
        DeclarationVerdict verdict = decide(TestDeclaration.of(AGB_A, "9999", "JW", "2026-03")
                .line(TestLine.hoorn("R1", 8)).line(TestLine.hoorn("R2", 1)));

        assertThat(verdict.declarationCodes()).containsExactly(ReturnCode.of("S300"));
        assertThat(verdict.answerCodes()).containsExactly(ReturnCode.of("S300"));
        assertThat(codes(verdict)).containsExactly(List.of("S300"), List.of("S300"));
        assertThat(verdict.lines()).allSatisfy(l -> assertThat(l.ruleNames()).isEmpty());
        assertThat(verdict.submittedTotalCents()).isEqualTo(76950);
        assertThat(verdict.awardedTotalCents()).isZero();
    }

    @Test
    void aKnownMunicipalityOfAnotherRegionIsNoS300() {
        DeclarationVerdict verdict = decide(TestDeclaration.of(AGB_A, "0363", "JW", "2026-03")
                .line(TestLine.hoorn("R1", 8)));

        assertThat(verdict.rejectedWhole()).isFalse();
        assertThat(codes(verdict)).containsExactly(List.of("9338"));
    }

    @Test
    void aDeclarationNumberAlreadyReceivedFromThisProviderIsRejected() {
        accept(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));

        DeclarationVerdict again = decide(hoornMarch(TestLine.hoorn("R2", 4).period("2026-03-01", "2026-03-02"))
                .set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));

        assertThat(again.declarationCodes()).containsExactly(ReturnCode.of("9333"));
        assertThat(codes(again)).containsExactly(List.of("9333"));
    }

    @Test
    void theSameDeclarationNumberFromAnotherProviderPasses() {
        accept(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));

        DeclarationVerdict other = decide(TestDeclaration.of(AGB_B, CheckFixture.STEDE_BROEC, "WMO", "2026-03")
                .set(DeclarationColumn.DECLARATION_NUMBER, "DN1").line(WorkedExampleTest.stedeBroec("R1", 30)));

        assertThat(other.answerCodes()).containsExactly(ReturnCode.of("8001"));
    }

    @Test
    void aMessageIdAlreadyReceivedFromThisProviderIsRejected() {
        accept(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.MESSAGE_ID, "MSG1"));

        DeclarationVerdict again = decide(hoornMarch(TestLine.hoorn("R2", 4).period("2026-03-01", "2026-03-02"))
                .set(DeclarationColumn.MESSAGE_ID, "MSG1"));
        DeclarationVerdict other = decide(TestDeclaration.of(AGB_B, CheckFixture.STEDE_BROEC, "WMO", "2026-03")
                .set(DeclarationColumn.MESSAGE_ID, "MSG1").line(WorkedExampleTest.stedeBroec("R1", 30)));

        assertThat(again.declarationCodes()).containsExactly(ReturnCode.of("9056"));
        assertThat(other.answerCodes()).containsExactly(ReturnCode.of("8001"));
    }

    @Test
    void aMessageDateAfterTheBusinessDateIsRejected() {
        assertThat(decide(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.MESSAGE_DATE, "2026-04-06"))
                .declarationCodes()).containsExactly(ReturnCode.of("8848"));
    }

    @Test
    void aDeclarationDateAfterTheBusinessDateIsRejected() {
        assertThat(decide(hoornMarch(TestLine.hoorn("R1", 4))
                .set(DeclarationColumn.DECLARATION_DATE, "2026-04-06")).declarationCodes()).containsExactly(ReturnCode.of("8848"));
    }

    @Test
    void aFutureMonthIsRejected() {
        // Issue 11.3: declared on 2026-04-01 for a month that has not ended yet.
        assertThat(decide(TestDeclaration.of(AGB_A, HOORN, "JW", "2026-04").line(TestLine.hoorn("R1", 4)
                .period("2026-04-01", "2026-04-02"))).declarationCodes()).containsExactly(ReturnCode.of("8848"));
        assertThat(decide(TestDeclaration.of(AGB_A, HOORN, "JW", "9999-12").line(TestLine.hoorn("R2", 4)
                .period("9999-12-01", "9999-12-02"))).declarationCodes()).containsExactly(ReturnCode.of("8848"));
    }

    @Test
    void aPeriodEndingOnTheDeclarationDateIsRejected() {
        // SPEC 4.1: the period must end before the declaration date; declared on its last day is too early.
        assertThat(decide(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.DECLARATION_DATE, "2026-03-31")
                .set(DeclarationColumn.MESSAGE_DATE, "2026-03-31")).declarationCodes()).containsExactly(ReturnCode.of("8848"));
    }

    @Test
    void aPeriodEndingTheDayBeforeTheDeclarationDatePasses() {
        accept(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.DECLARATION_DATE, "2026-04-01"));
    }

    @Test
    void datesOnTheBusinessDatePass() {
        accept(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.MESSAGE_DATE, "2026-04-05")
                .set(DeclarationColumn.DECLARATION_DATE, "2026-04-05"));
    }

    @Test
    void everyFailingContentCheckIsReportedInOrder() {
        accept(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.MESSAGE_ID, "MSG1")
                .set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));

        DeclarationVerdict verdict = decide(TestDeclaration.of(AGB_A, "9999", "JW", "2026-03")
                .set(DeclarationColumn.MESSAGE_ID, "MSG1").set(DeclarationColumn.DECLARATION_NUMBER, "DN1")
                .set(DeclarationColumn.MESSAGE_DATE, "2026-05-01").line(TestLine.hoorn("R2", 4)));

        assertThat(verdict.declarationCodes()).containsExactly(ReturnCode.of("S300"), ReturnCode.of("9333"), ReturnCode.of("9056"), ReturnCode.of("8848"));
        assertThat(codes(verdict)).containsExactly(List.of("S300", "9333", "9056", "8848"));
    }

    @Test
    void aDeclarationRejectedByContentStillRegistersWhatItSent() {
        decide(hoornMarch(TestLine.hoorn("R1", 4)).set(DeclarationColumn.MESSAGE_DATE, "2026-05-01")
                .set(DeclarationColumn.MESSAGE_ID, "MSG1").set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));

        DeclarationVerdict resent = decide(hoornMarch(TestLine.hoorn("R1", 4))
                .set(DeclarationColumn.MESSAGE_ID, "MSG1").set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));
        DeclarationVerdict fresh = decide(hoornMarch(TestLine.hoorn("R1", 4)));

        assertThat(resent.declarationCodes()).containsExactly(ReturnCode.of("9333"), ReturnCode.of("9056"));
        assertThat(codes(fresh)).containsExactly(List.of("8021"));
    }
}
