package org.caresettle.batch.run;

import java.time.LocalDateTime;

/**
 * One row of the run log as the console shows it: the command, when it started and ended (UTC;
 * {@code endedAt} null while it runs), its outcome ({@code RUNNING}, {@code DONE}, ...) and the
 * message of its end (null when it has none), who asked for it and why (null when not known or not
 * given).
 */
public record RunLogEntry(long runId, String command, LocalDateTime startedAt, LocalDateTime endedAt, String outcome,
        String message, String requestedBy, String reason) {
}
