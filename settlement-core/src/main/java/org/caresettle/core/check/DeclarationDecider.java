package org.caresettle.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.caresettle.core.check.ledger.AcceptedDebit;
import org.caresettle.core.check.ledger.Ledger;
import org.caresettle.core.check.ledger.Receipt;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.AgbCode;

/**
 * Decides one declaration (SPEC 4): technical checks, then the declaration-level content
 * checks, then the line checks, credits first and debits after, each in file order, recording
 * every accepted line in the ledger at once so that the lines after it see it. The caller hands
 * over declarations in the processing order of SPEC 4; verdicts come back in file order.
 */
public final class DeclarationDecider {

    private DeclarationDecider() {
    }

    public static DeclarationVerdict decide(RawDeclaration raw, ReferenceData reference, Ledger ledger,
            LocalDate businessDate) {
        TechnicalResult technical = TechnicalCheck.check(raw);
        if (technical instanceof TechnicalResult.Failed failed) {
            ReadableReceipt.of(raw).ifPresent(ledger::recordReceipt);
            return technicalFailure(raw, failed.ruleNames());
        }
        Declaration declaration = ((TechnicalResult.Passed) technical).declaration();
        DeclarationHeader header = declaration.header();
        List<ReturnCode> declarationCodes = ContentCheck.check(header, reference, ledger, businessDate);
        DeclarationVerdict verdict = declarationCodes.isEmpty()
                ? checkLines(declaration, reference, ledger)
                : contentFailure(declaration, declarationCodes);
        // Only now: the declaration's own number, message id and references must not count against it.
        ledger.recordReceipt(receiptOf(declaration));
        return verdict;
    }

    /**
     * The provider whose ledger state a declaration with this provider field reads and changes,
     * if any: every cumulative check keys its state on it (allocations too, through 9338), and a
     * field that does not read as an AGB code touches no state at all. Work split by provider
     * (issue 6) must read the field exactly so, or two parts could share state unawares.
     */
    public static Optional<AgbCode> ledgerProvider(String providerField) {
        return Optional.ofNullable(FieldText.fixedDigits(providerField, 8)).map(AgbCode::of);
    }

    private static DeclarationVerdict checkLines(Declaration declaration, ReferenceData reference, Ledger ledger) {
        DeclarationHeader header = declaration.header();
        LineVerdict[] verdicts = new LineVerdict[declaration.lines().size()];
        long awarded = 0;
        for (DeclaredLine credit : declaration.lines()) {
            if (!credit.isCredit()) {
                continue;
            }
            List<ReturnCode> codes = CreditLineCheck.check(header, credit, ledger);
            if (codes.isEmpty()) {
                ledger.recordAcceptedCredit(header.provider(), credit.reference(), credit.previousReference());
                awarded -= credit.amountCents();
            }
            verdicts[credit.index()] = verdict(credit, codes);
        }
        for (DeclaredLine debit : declaration.lines()) {
            if (debit.isCredit()) {
                continue;
            }
            List<ReturnCode> codes = DebitLineCheck.check(header, debit, reference, ledger);
            if (codes.isEmpty()) {
                ledger.recordAcceptedDebit(acceptedDebit(header, debit));
                awarded += debit.amountCents();
            }
            verdicts[debit.index()] = verdict(debit, codes);
        }
        return new DeclarationVerdict(List.of(), List.of(), Arrays.asList(verdicts), header.signedTotalCents(),
                awarded);
    }

    private static DeclarationVerdict contentFailure(Declaration declaration, List<ReturnCode> codes) {
        List<LineVerdict> lines = new ArrayList<>();
        for (DeclaredLine line : declaration.lines()) {
            lines.add(new LineVerdict(line.position(), line.reference(), false, codes, List.of(),
                    line.signedAmountCents()));
        }
        return new DeclarationVerdict(codes, List.of(), lines, declaration.header().signedTotalCents(), 0);
    }

    /** Every line carries the declaration's full list of broken rules: the answer is for the whole. */
    private static DeclarationVerdict technicalFailure(RawDeclaration raw, List<String> ruleNames) {
        List<ReturnCode> codes = List.of(ReturnCode.TECHNICAL);
        List<LineVerdict> lines = new ArrayList<>();
        for (RawLine line : raw.lines() == null ? List.<RawLine>of() : raw.lines()) {
            lines.add(new LineVerdict(line.position(), FieldText.present(line.get(DeclarationColumn.REFERENCE)),
                    false, codes, ruleNames, TechnicalCheck.readableSignedAmount(line)));
        }
        return new DeclarationVerdict(codes, ruleNames, lines, TechnicalCheck.readableSignedTotal(raw), 0);
    }

    private static LineVerdict verdict(DeclaredLine line, List<ReturnCode> codes) {
        return new LineVerdict(line.position(), line.reference(), codes.isEmpty(), codes, List.of(),
                line.signedAmountCents());
    }

    private static AcceptedDebit acceptedDebit(DeclarationHeader header, DeclaredLine line) {
        return new AcceptedDebit(header.provider(), line.reference(), header.municipality(), header.law(),
                line.allocationNumber(), line.product(), line.productStart(), line.productEnd(), line.volume(),
                line.amountCents(), false);
    }

    private static Receipt receiptOf(Declaration declaration) {
        DeclarationHeader header = declaration.header();
        List<String> references = declaration.lines().stream().map(DeclaredLine::reference).toList();
        return new Receipt(header.provider(), header.messageId(), header.declarationNumber(), references);
    }
}
