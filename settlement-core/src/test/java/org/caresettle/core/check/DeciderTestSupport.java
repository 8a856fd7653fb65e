package org.caresettle.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caresettle.core.check.TestDeclaration.TestLine;
import org.caresettle.core.check.ledger.InMemoryLedger;
import org.caresettle.core.reference.ReferenceData;

/** A fresh ledger per test and short ways to decide declarations against the fixture. */
abstract class DeciderTestSupport {

    protected ReferenceData reference = CheckFixture.reference();
    protected final InMemoryLedger ledger = new InMemoryLedger();

    protected DeclarationVerdict decide(TestDeclaration declaration) {
        return DeclarationDecider.decide(declaration.raw(), reference, ledger, CheckFixture.BUSINESS_DATE);
    }

    /** A March 2026 JW declaration of provider A in Hoorn holding {@code lines}. */
    protected static TestDeclaration hoornMarch(TestLine... lines) {
        TestDeclaration declaration = TestDeclaration.of(CheckFixture.AGB_A, CheckFixture.HOORN, "JW", "2026-03");
        for (TestLine line : lines) {
            declaration.line(line);
        }
        return declaration;
    }

    /** The codes of each line, in file order, as the iStandaard writes them (SPEC 4.2). */
    protected static List<List<String>> codes(DeclarationVerdict verdict) {
        return verdict.lines().stream().map(line -> written(line.codes())).toList();
    }

    private static List<String> written(List<ReturnCode> codes) {
        return codes.stream().map(ReturnCode::code).toList();
    }

    protected List<String> onlyLineCodes(TestDeclaration declaration) {
        DeclarationVerdict verdict = decide(declaration);
        assertThat(verdict.rejectedWhole()).as("rejected whole: %s", verdict.declarationCodes()).isFalse();
        assertThat(verdict.lines()).hasSize(1);
        return written(verdict.lines().get(0).codes());
    }

    protected void accept(TestDeclaration declaration) {
        DeclarationVerdict verdict = decide(declaration);
        assertThat(verdict.answerCodes()).as("codes %s %s", verdict.declarationCodes(), codes(verdict))
                .containsExactly(ReturnCode.ALL_ACCEPTED);
    }
}
