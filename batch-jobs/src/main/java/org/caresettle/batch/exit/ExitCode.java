package org.caresettle.batch.exit;

/**
 * The exit statuses of every command (SPEC 13), in one place: what the scheduler and the
 * operator's scripts act on.
 */
public final class ExitCode {

    /** The command did its work. */
    public static final int DONE = 0;
    /** Something broke; the one line on standard error says what, and a rerun resumes. */
    public static final int FAILED = 1;
    /** Refused before changing anything: bad arguments or input, a held lock (a {@link RefusedException}). */
    public static final int REFUSED = 2;

    private ExitCode() {
    }
}
