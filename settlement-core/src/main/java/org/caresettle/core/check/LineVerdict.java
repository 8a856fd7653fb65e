package org.caresettle.core.check;

import java.util.List;

/**
 * The decision on one declared line. {@code codes} are return codes in the order of SPEC 4.2
 * (or the credit codes of 4.3, or {@code 0001} and the declaration-level codes when the whole
 * declaration failed); {@code ruleNames} name the technical rules that failed (SPEC 4.1, 14).
 * An accepted line has no codes. {@code signedAmountCents} is the amount as declared with the
 * sign of D/C (0 when the amount could not be read).
 */
public record LineVerdict(
        long position,
        String reference,
        boolean accepted,
        List<ReturnCode> codes,
        List<String> ruleNames,
        long signedAmountCents) {

    public LineVerdict {
        codes = List.copyOf(codes);
        ruleNames = List.copyOf(ruleNames);
        if (accepted && !codes.isEmpty()) {
            throw new IllegalArgumentException("an accepted line has no return codes");
        }
        if (!accepted && codes.isEmpty()) {
            throw new IllegalArgumentException("a rejected line needs at least one return code");
        }
    }

    public Verdict verdict() {
        return Verdict.of(accepted);
    }
}
