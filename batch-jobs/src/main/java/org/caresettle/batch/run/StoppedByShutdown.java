package org.caresettle.batch.run;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * A run that stopped because the application is shutting down (SIGTERM, SIGINT): it ended at a
 * transaction boundary, so nothing is half-written, and the next run resumes where it stopped
 * (the ingest is restartable by file; settle writes a version whole or not at all). The operator
 * sees its message as the one line on standard error.
 */
public class StoppedByShutdown extends RuntimeException {

    public StoppedByShutdown(LocalDateTime at) {
        super("stopped by shutdown at " + at.truncatedTo(ChronoUnit.SECONDS) + "; the next run resumes");
    }
}
