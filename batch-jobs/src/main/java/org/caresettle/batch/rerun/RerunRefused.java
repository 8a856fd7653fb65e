package org.caresettle.batch.rerun;

/**
 * A rerun request or decision that is not done, and why: {@link Kind#FORBIDDEN} (not this user's to
 * decide), {@link Kind#NOT_FOUND} (no such request) or {@link Kind#CONFLICT} (nothing to rerun, a stale
 * preview, a request already decided otherwise, another run holding the lock).
 */
public class RerunRefused extends RuntimeException {

    public enum Kind {
        FORBIDDEN,
        NOT_FOUND,
        CONFLICT,
        INVALID
    }

    private final Kind kind;

    public RerunRefused(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
