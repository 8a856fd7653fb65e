package org.caresettle.batch.run;

import org.caresettle.batch.exit.ExitCode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One run as the run log and {@code runs/<run-id>.json} keep it. Times are UTC. {@code arguments}
 * holds the command and its own options only: the Spring properties may carry a password.
 * {@code endedAt}, {@code end}, {@code countsJson} and {@code writtenJson} are empty while the run is
 * running. {@code requestedBy} and {@code reason} (issue 14) say who asked for the run and why (null:
 * not known, no reason given); {@code writtenJson} the versions and previews it wrote.
 */
public record RunRecord(long runId, String command, LocalDate businessDate, String period, String arguments,
        RunHolder holder, LocalDateTime startedAt, LocalDateTime endedAt, RunEnd end, String countsJson,
        String requestedBy, String reason, String writtenJson) {

    /** A record without requester, reason or written versions (runs from before issue 14, tests). */
    public RunRecord(long runId, String command, LocalDate businessDate, String period, String arguments,
            RunHolder holder, LocalDateTime startedAt, LocalDateTime endedAt, RunEnd end, String countsJson) {
        this(runId, command, businessDate, period, arguments, holder, startedAt, endedAt, end, countsJson, null, null,
                null);
    }

    /**
     * Whether this ended run says anything about the health of the night's work (issue 15): every
     * run but a refusal of a run someone asked for by hand (bad arguments, a period without lines, the
     * lock held): the person who asked saw the refusal, and nothing changed. A refused scheduled run
     * counts: the night's work did not happen. {@link RunLogRepository#lastEndedThatCounts} asks the
     * run log the same.
     */
    public boolean countsForHealth() {
        return end.exitStatus() != ExitCode.REFUSED || RunRequest.SCHEDULE.equals(requestedBy);
    }

    RunRecord withId(long id) {
        return new RunRecord(id, command, businessDate, period, arguments, holder, startedAt, endedAt, end, countsJson,
                requestedBy, reason, writtenJson);
    }

    RunRecord ended(LocalDateTime at, RunEnd how, String counts, String written) {
        return new RunRecord(runId, command, businessDate, period, arguments, holder, startedAt, at, how, counts,
                requestedBy, reason, written);
    }
}
