package org.caresettle.core.check;

import java.util.List;

/**
 * The decision on one declaration (SPEC 4 and 5). {@code declarationCodes} holds {@code 0001}
 * when a technical check failed (with the rule names in {@code ruleNames}), or the failing
 * declaration-level content codes in the order S300, 9333, 9056, 8848; it is empty when the
 * lines were checked one by one. {@code lines} are in file order.
 */
public record DeclarationVerdict(
        List<ReturnCode> declarationCodes,
        List<String> ruleNames,
        List<LineVerdict> lines,
        long submittedTotalCents,
        long awardedTotalCents) {

    public DeclarationVerdict {
        declarationCodes = List.copyOf(declarationCodes);
        ruleNames = List.copyOf(ruleNames);
        lines = List.copyOf(lines);
    }

    public boolean rejectedWhole() {
        return !declarationCodes.isEmpty();
    }

    /**
     * The declaration-level answer of SPEC 5: the failing codes when the whole declaration was
     * rejected, {@code 8001} when every line was accepted, {@code 0200} otherwise (also when
     * line checks rejected every line).
     */
    public List<ReturnCode> answerCodes() {
        if (rejectedWhole()) {
            return declarationCodes;
        }
        boolean allAccepted = lines.stream().allMatch(LineVerdict::accepted);
        return List.of(allAccepted ? ReturnCode.ALL_ACCEPTED : ReturnCode.SOME_REJECTED);
    }
}
