package org.caresettle.batch.run;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One run as the run log and {@code runs/<run-id>.json} keep it. Times are UTC. {@code arguments}
 * holds the command and its own options only: the Spring properties may carry a password.
 * {@code endedAt}, {@code end} and {@code countsJson} are empty while the run is running.
 */
public record RunRecord(long runId, String command, LocalDate businessDate, String period, String arguments,
        RunHolder holder, LocalDateTime startedAt, LocalDateTime endedAt, RunEnd end, String countsJson) {

    RunRecord withId(long id) {
        return new RunRecord(id, command, businessDate, period, arguments, holder, startedAt, endedAt, end, countsJson);
    }

    RunRecord ended(LocalDateTime at, RunEnd how, String counts) {
        return new RunRecord(runId, command, businessDate, period, arguments, holder, startedAt, at, how, counts);
    }
}
