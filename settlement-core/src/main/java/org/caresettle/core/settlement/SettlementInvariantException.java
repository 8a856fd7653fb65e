package org.caresettle.core.settlement;

/**
 * A settlement that does not add up. This is a bug, not bad input: the shell fails the run (exit 1)
 * and writes nothing. {@link #invariant()} names the rule that broke.
 */
public class SettlementInvariantException extends IllegalStateException {

    private final SettlementInvariants.Invariant invariant;

    public SettlementInvariantException(SettlementInvariants.Invariant invariant, String detail) {
        super("settlement invariant " + invariant + " broken: " + detail);
        this.invariant = invariant;
    }

    public SettlementInvariants.Invariant invariant() {
        return invariant;
    }
}
