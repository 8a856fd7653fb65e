package org.caresettle.batch.cli;

import java.sql.SQLException;
import java.util.Optional;

/**
 * An H2 file database admits one process at a time (unless its URL asks for
 * {@code AUTO_SERVER=TRUE}). A second run that finds it open never reaches the run lock, so the
 * start-up failure itself is the refusal: exit 2 and a line that says what to do.
 */
final class H2Busy {

    /** H2's DATABASE_ALREADY_OPEN_1: "Database may be already in use". */
    private static final int ALREADY_OPEN = 90020;

    private H2Busy() {
    }

    static Optional<String> describe(Throwable startFailure) {
        for (Throwable t = startFailure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ALREADY_OPEN) {
                return Optional.of("another process has the H2 database open (another run, or serve); wait for it"
                        + " to end, or let several processes share it with ;AUTO_SERVER=TRUE in"
                        + " --spring.datasource.url, or use PostgreSQL");
            }
        }
        return Optional.empty();
    }
}
