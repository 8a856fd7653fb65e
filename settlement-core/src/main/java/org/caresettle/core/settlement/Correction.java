package org.caresettle.core.settlement;

/**
 * How one invoice line changed from the previous version (SPEC 10). A line missing from one of the
 * versions counts as 0 there; {@code change} tells a vanished or new line from one that became 0.
 */
public record Correction(StatementLineKey key, Change change, long previousCents, long newCents) {

    public enum Change {
        CHANGED,
        APPEARED,
        VANISHED
    }

    public long differenceCents() {
        return Math.subtractExact(newCents, previousCents);
    }
}
