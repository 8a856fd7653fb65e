package org.caresettle.batch.run;

import org.caresettle.batch.SettlementApplication;

/**
 * How a command ended: its exit status (SPEC 13) and, unless it was done, the one line that
 * says why. The same words go to standard error, the run log and {@code runs/<run-id>.json}.
 */
public record RunEnd(int exitStatus, String message) {

    public static RunEnd of(int exitStatus) {
        return new RunEnd(exitStatus, null);
    }

    public static RunEnd refused(String message) {
        return new RunEnd(SettlementApplication.EXIT_REFUSED, message);
    }

    public static RunEnd failed(String message) {
        return new RunEnd(SettlementApplication.EXIT_FAILED, message);
    }

    /** The word the run log keeps: DONE, REFUSED or FAILED. */
    public String outcome() {
        return switch (exitStatus) {
            case SettlementApplication.EXIT_DONE -> "DONE";
            case SettlementApplication.EXIT_REFUSED -> "REFUSED";
            default -> "FAILED";
        };
    }

    public boolean done() {
        return exitStatus == SettlementApplication.EXIT_DONE;
    }
}
