package org.caresettle.batch.run;

import static org.caresettle.schema.jooq.Tables.RUN_LOG;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.caresettle.schema.jooq.tables.records.RunLogRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The {@code run_log} table: one row per run, RUNNING until the run ends. */
@Component
public class RunLogRepository {

    private final DSLContext dsl;

    RunLogRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long start(RunRecord run) {
        return dsl.insertInto(RUN_LOG)
                .set(RUN_LOG.COMMAND, run.command())
                .set(RUN_LOG.BUSINESS_DATE, run.businessDate())
                .set(RUN_LOG.SETTLEMENT_PERIOD, run.period())
                .set(RUN_LOG.ARGUMENTS, run.arguments())
                .set(RUN_LOG.STARTED_AT, run.startedAt())
                .set(RUN_LOG.REQUESTED_BY, run.requestedBy())
                .set(RUN_LOG.REASON, run.reason())
                .set(RUN_LOG.OUTCOME, "RUNNING")
                .returningResult(RUN_LOG.RUN_ID)
                .fetchOne(RUN_LOG.RUN_ID);
    }

    void finish(RunRecord run) {
        dsl.update(RUN_LOG)
                .set(RUN_LOG.ENDED_AT, run.endedAt())
                .set(RUN_LOG.COUNTS_JSON, run.countsJson())
                .set(RUN_LOG.WRITTEN_JSON, run.writtenJson())
                .set(RUN_LOG.OUTCOME, run.end().outcome())
                .set(RUN_LOG.EXIT_STATUS, run.end().exitStatus())
                .set(RUN_LOG.MESSAGE_TEXT, truncate(run.end().message(), 4000))
                .where(RUN_LOG.RUN_ID.eq(run.runId()))
                .execute();
    }

    /**
     * The run that ended last among those that tell the health of the night's work (issue 15, as
     * {@link RunRecord#countsForHealth()}): not a refusal of a run asked for by hand; of
     * {@code command}, or of any command when null.
     */
    public Optional<RunLogRecord> lastEndedThatCounts(String command) {
        Condition counts = RUN_LOG.ENDED_AT.isNotNull()
                .and(RUN_LOG.OUTCOME.ne("REFUSED").or(RUN_LOG.REQUESTED_BY.eq(RunRequest.SCHEDULE)));
        return lastEnded(command == null ? counts : counts.and(RUN_LOG.COMMAND.eq(command)));
    }

    private Optional<RunLogRecord> lastEnded(Condition condition) {
        return dsl.selectFrom(RUN_LOG)
                .where(condition)
                .orderBy(RUN_LOG.ENDED_AT.desc(), RUN_LOG.RUN_ID.desc())
                .limit(1)
                .fetchOptional();
    }

    /** The latest runs, newest first, at most {@code limit}: the console's run history. */
    public List<RunLogEntry> newestFirst(int limit) {
        return dsl.selectFrom(RUN_LOG)
                .orderBy(RUN_LOG.RUN_ID.desc())
                .limit(limit)
                .fetch(row -> new RunLogEntry(row.getRunId(), row.getCommand(), row.getStartedAt(), row.getEndedAt(),
                        row.getOutcome(), row.getMessageText(), row.getRequestedBy(),
                        row.getReason()));
    }

    /** One run of the log, if there is such a run. */
    public Optional<RunLogEntry> entry(long runId) {
        return dsl.selectFrom(RUN_LOG)
                .where(RUN_LOG.RUN_ID.eq(runId))
                .fetchOptional(row -> new RunLogEntry(row.getRunId(), row.getCommand(), row.getStartedAt(),
                        row.getEndedAt(), row.getOutcome(), row.getMessageText(), row.getRequestedBy(), row.getReason()));
    }

    /** When a command last ended well, so that a restarted server reports it from the start. */
    Optional<LocalDateTime> lastSuccess(String command) {
        return dsl.select(org.jooq.impl.DSL.max(RUN_LOG.ENDED_AT))
                .from(RUN_LOG)
                .where(RUN_LOG.COMMAND.eq(command)).and(RUN_LOG.OUTCOME.eq("DONE"))
                .fetchOptional(0, LocalDateTime.class);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
