package org.caresettle.batch.run;

import java.io.PrintStream;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.exit.RefusedException;

/**
 * How a command ended: its exit status (SPEC 13) and, unless it was done, the one line that
 * says why. The same words go to standard error, the run log and {@code runs/<run-id>.json}.
 */
public record RunEnd(int exitStatus, String message) {

    public static RunEnd of(int exitStatus) {
        return new RunEnd(exitStatus, null);
    }

    public static RunEnd refused(String message) {
        return new RunEnd(ExitCode.REFUSED, message);
    }

    public static RunEnd failed(String message) {
        return new RunEnd(ExitCode.FAILED, message);
    }

    /**
     * The end of a command that threw: refused (exit 2) when a {@link RefusedException} is anywhere
     * in the chain, since a framework layer (a Spring Batch step, a transaction) may have wrapped
     * it; otherwise failed, with the innermost message, which usually names the real cause.
     */
    public static RunEnd of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof RefusedException refused) {
                return refused(refused.getMessage());
            }
        }
        return failed(describe(thrown));
    }

    /** The innermost message of a chain, or the innermost exception's name when it has none. */
    public static String describe(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }

    /** Says on {@code err}, in one line, why {@code command} did not end well; nothing when it did. */
    public void printReason(String command, PrintStream err) {
        if (message != null) {
            err.println(exitStatus == ExitCode.REFUSED
                    ? "settlement: refused: " + message
                    : "settlement: " + command + " failed: " + message);
        }
    }

    /** The word the run log keeps: DONE, REFUSED or FAILED. */
    public String outcome() {
        return switch (exitStatus) {
            case ExitCode.DONE -> "DONE";
            case ExitCode.REFUSED -> "REFUSED";
            default -> "FAILED";
        };
    }

    public boolean done() {
        return exitStatus == ExitCode.DONE;
    }
}
