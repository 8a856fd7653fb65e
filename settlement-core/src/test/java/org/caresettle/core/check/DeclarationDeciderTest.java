package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.core.check.CheckFixture.AGB_A;

import java.util.List;
import org.caresettle.core.check.TestDeclaration.TestLine;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.value.AgbCode;
import org.junit.jupiter.api.Test;

/** The decider's own duties: technical failures, registration of what was read, file order. */
class DeclarationDeciderTest extends DeciderTestSupport {

    @Test
    void aTechnicalFailureRejectsEveryLineWith0001AndTheRuleNames() {
        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("R1", 8),
                TestLine.hoorn("R2", 1).set(DeclarationColumn.BSN, CheckFixture.BSN_BAD_PROOF))
                .set(DeclarationColumn.PERIOD_END, "2026-03-30"));

        assertThat(verdict.declarationCodes()).containsExactly(ReturnCode.of("0001"));
        assertThat(verdict.ruleNames()).containsExactly("CS340", "CS002");
        assertThat(verdict.answerCodes()).containsExactly(ReturnCode.of("0001"));
        assertThat(verdict.lines()).hasSize(2).allSatisfy(line -> {
            assertThat(line.accepted()).isFalse();
            assertThat(line.codes()).containsExactly(ReturnCode.of("0001"));
            assertThat(line.ruleNames()).containsExactly("CS340", "CS002");
        });
        assertThat(verdict.lines()).extracting(LineVerdict::reference).containsExactly("R1", "R2");
        assertThat(verdict.lines()).extracting(LineVerdict::signedAmountCents).containsExactly(68400L, 8550L);
        assertThat(verdict.submittedTotalCents()).isEqualTo(76950);
        assertThat(verdict.awardedTotalCents()).isZero();
    }

    @Test
    void aTechnicalFailureRunsNoContentOrLineChecks() {
        DeclarationVerdict verdict = decide(TestDeclaration.of(AGB_A, "9999", "JW", "2026-03")
                .set(DeclarationColumn.MESSAGE_DATE, "2030-01-01")
                .line(TestLine.hoorn("R1", 8).set(DeclarationColumn.ALLOCATION_NUMBER, "9999")
                        .set(DeclarationColumn.UNIT, "7")));

        assertThat(verdict.declarationCodes()).containsExactly(ReturnCode.of("0001"));
        assertThat(verdict.ruleNames()).containsExactly("FIELD:unit");
    }

    @Test
    void unreadableAmountsCountAsZeroInATechnicalFailure() {
        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.DC, "?"))
                .set(DeclarationColumn.TOTAL_CENTS, "x"));

        assertThat(verdict.lines().get(0).signedAmountCents()).isZero();
        assertThat(verdict.submittedTotalCents()).isZero();
    }

    @Test
    void aDeclarationWithoutLinesHasNoLineVerdicts() {
        DeclarationVerdict verdict = decide(hoornMarch());

        assertThat(verdict.ruleNames()).containsExactly("FIELD:lines");
        assertThat(verdict.lines()).isEmpty();
    }

    @Test
    void aTechnicallyFailedDeclarationRegistersWhatCanBeRead() {
        decide(hoornMarch(TestLine.hoorn("R1", 8), TestLine.hoorn("R2", 1).set(DeclarationColumn.VOLUME, "x"))
                .set(DeclarationColumn.MESSAGE_ID, "MSG1").set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));

        assertThat(ledger.messageIdReceived(AgbCode.of(AGB_A), "MSG1")).isTrue();
        assertThat(ledger.declarationNumberReceived(AgbCode.of(AGB_A), "DN1")).isTrue();
        assertThat(ledger.referenceSent(AgbCode.of(AGB_A), "R1")).isTrue();
        assertThat(ledger.referenceSent(AgbCode.of(AGB_A), "R2")).isTrue();

        DeclarationVerdict corrected = decide(hoornMarch(TestLine.hoorn("R3", 8))
                .set(DeclarationColumn.MESSAGE_ID, "MSG1").set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));
        assertThat(corrected.declarationCodes()).containsExactly(ReturnCode.of("9333"), ReturnCode.of("9056"));
    }

    @Test
    void aTechnicallyFailedDeclarationWithUnreadableFieldsRegistersTheRest() {
        decide(hoornMarch(TestLine.hoorn("R1", 8), TestLine.hoorn(" ", 1))
                .set(DeclarationColumn.MESSAGE_ID, null).set(DeclarationColumn.DECLARATION_NUMBER, "DN1"));

        assertThat(ledger.declarationNumberReceived(AgbCode.of(AGB_A), "DN1")).isTrue();
        assertThat(ledger.referenceSent(AgbCode.of(AGB_A), "R1")).isTrue();
        assertThat(ledger.messageIdReceived(AgbCode.of(AGB_A), "")).isFalse();
    }

    @Test
    void withoutAReadableProviderNothingIsRegistered() {
        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("R1", 8))
                .set(DeclarationColumn.PROVIDER_AGB, "1234").set(DeclarationColumn.MESSAGE_ID, "MSG1"));

        assertThat(verdict.ruleNames()).containsExactly("FIELD:provider_agb");
        assertThat(ledger.messageIdReceived(AgbCode.of(AGB_A), "MSG1")).isFalse();
    }

    @Test
    void aDeclarationDoesNotTripOverItsOwnRegistration() {
        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("R1", 4),
                TestLine.hoorn("R2", 4).period("2026-03-01", "2026-03-15")));

        assertThat(verdict.answerCodes()).containsExactly(ReturnCode.of("8001"));
        assertThat(ledger.referenceSent(AgbCode.of(AGB_A), "R1")).isTrue();
        assertThat(ledger.acceptedDebit(AgbCode.of(AGB_A), "R2")).isPresent();
    }

    @Test
    void verdictsComeBackInFileOrderWhileCreditsAreCheckedFirst() {
        accept(hoornMarch(TestLine.hoorn("R1", 1).period("2026-03-01", "2026-03-01"),
                TestLine.hoorn("R2", 1).period("2026-03-02", "2026-03-02")));

        // Cap 10, 2 used. In file order D(9) C(R1) D(1) C(R2): credits first free 2, then 9 + 1 = 10 fit.
        DeclarationVerdict verdict = decide(hoornMarch(
                TestLine.hoorn("R3", 9).period("2026-03-03", "2026-03-03"),
                TestLine.hoorn("C1", 1).period("2026-03-01", "2026-03-01").credit("R1"),
                TestLine.hoorn("R4", 1).period("2026-03-04", "2026-03-04"),
                TestLine.hoorn("C2", 1).period("2026-03-02", "2026-03-02").credit("R2")));

        assertThat(verdict.lines()).extracting(LineVerdict::reference).containsExactly("R3", "C1", "R4", "C2");
        assertThat(verdict.lines()).extracting(LineVerdict::position).containsExactly(2L, 3L, 4L, 5L);
        assertThat(codes(verdict)).containsOnly(List.of());
        assertThat(verdict.awardedTotalCents()).isEqualTo(10 * 8550 - 2 * 8550);
    }

    @Test
    void debitsAmongThemselvesKeepFileOrder() {
        DeclarationVerdict verdict = decide(hoornMarch(
                TestLine.hoorn("R1", 7).period("2026-03-01", "2026-03-01"),
                TestLine.hoorn("R2", 4).period("2026-03-02", "2026-03-02"),
                TestLine.hoorn("R3", 3).period("2026-03-03", "2026-03-03")));

        assertThat(codes(verdict)).containsExactly(List.of(), List.of("9321"), List.of());
    }

    @Test
    void someLinesRejectedAnswers0200WithTheAwardedTotalOfTheAcceptedOnes() {
        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("R1", 8),
                TestLine.hoorn("R2", 1).set(DeclarationColumn.BSN, CheckFixture.BSN_2)));

        assertThat(verdict.answerCodes()).containsExactly(ReturnCode.of("0200"));
        assertThat(verdict.submittedTotalCents()).isEqualTo(76950);
        assertThat(verdict.awardedTotalCents()).isEqualTo(68400);
    }

    @Test
    void everyLineRejectedByLineChecksStillAnswers0200() {
        DeclarationVerdict verdict = decide(hoornMarch(TestLine.hoorn("R1", 8).set(DeclarationColumn.BSN,
                CheckFixture.BSN_2)));

        assertThat(verdict.rejectedWhole()).isFalse();
        assertThat(verdict.answerCodes()).containsExactly(ReturnCode.of("0200"));
        assertThat(verdict.awardedTotalCents()).isZero();
    }

    @Test
    void theLedgerProviderIsTheProviderFieldReadAsTheChecksReadIt() {
        assertThat(DeclarationDecider.ledgerProvider("12345678")).contains(AgbCode.of("12345678"));
        assertThat(DeclarationDecider.ledgerProvider("\u2003 12345678\t")).contains(AgbCode.of("12345678"));
        assertThat(DeclarationDecider.ledgerProvider("1234567")).isEmpty();
        assertThat(DeclarationDecider.ledgerProvider("1234567x")).isEmpty();
        assertThat(DeclarationDecider.ledgerProvider("")).isEmpty();
        assertThat(DeclarationDecider.ledgerProvider(null)).isEmpty();
    }
}
