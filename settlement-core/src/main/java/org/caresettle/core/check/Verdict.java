package org.caresettle.core.check;

/** Whether a declared line was accepted (SPEC 4): given once, at ingest, and never changed (SPEC 10). */
public enum Verdict {
    ACCEPTED,
    REJECTED;

    public static Verdict of(boolean accepted) {
        return accepted ? ACCEPTED : REJECTED;
    }
}
