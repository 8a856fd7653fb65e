package org.caresettle.batch.run;

import static org.caresettle.schema.jooq.Tables.RUN_LOCK;
import static org.caresettle.schema.jooq.Tables.RUN_LOG;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.schema.jooq.tables.records.RunLockRecord;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One run at a time per database (issue 5.5): a run takes the lock by inserting the one
 * {@code run_lock} row and frees it by deleting it. The primary key makes a second insert fail
 * on H2 and PostgreSQL alike, and no transaction stays open for the length of the run.
 *
 * <p>A lock left behind by a process that died (kill -9, power loss) is taken over only when
 * that is certainly safe: its holder ran on this host and its process is gone. A holder on
 * another host cannot be checked from here, so it blocks until an operator who knows that
 * process has gone runs once with {@code --settlement.run.force-unlock=true}.
 */
@Component
public class RunLock {

    static final String NAME = "settlement";

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final DSLContext dsl;

    RunLock(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Takes the lock for a run, or refuses (exit 2) naming the run that holds it. */
    void acquire(long runId, RunHolder holder, LocalDateTime now, boolean forceUnlock) {
        Optional<RunLockRecord> blocking = take(runId, holder, now);
        if (blocking.isEmpty()) {
            return;
        }
        RunLockRecord held = blocking.get();
        String description = describe(held);
        boolean gone = RunHolder.parse(held.getHolder())
                .map(h -> h.certainlyGone(held.getAcquiredAt().toInstant(ZoneOffset.UTC)))
                .orElse(false);
        if (!gone && !forceUnlock) {
            throw new RefusedException("another run holds the database: " + description
                    + "; wait for it to end" + (sameHost(held) ? "" : ", or, if that process is certainly gone, run"
                            + " once with --settlement.run.force-unlock=true"));
        }
        log.warn("taking over the run lock left by {} ({})", description, gone ? "its process is gone" : "forced");
        takeOver(held, runId);
        Optional<RunLockRecord> other = take(runId, holder, now);
        if (other.isPresent()) {
            throw new RefusedException("another run took the database first: " + describe(other.get()));
        }
    }

    /** Takes the lock, or returns the row of the run that holds it. */
    private Optional<RunLockRecord> take(long runId, RunHolder holder, LocalDateTime now) {
        for (int attempt = 0; attempt < 2; attempt++) {
            if (tryInsert(runId, holder, now)) {
                return Optional.empty();
            }
            Optional<RunLockRecord> held = current();
            if (held.isPresent()) {
                return held;
            }
            // Freed between our insert and our look: the other run has just ended; try again.
        }
        throw new IllegalStateException("the run lock can be neither taken nor read");
    }

    void release(long runId) {
        dsl.deleteFrom(RUN_LOCK).where(RUN_LOCK.LOCK_NAME.eq(NAME)).and(RUN_LOCK.RUN_ID.eq(runId)).execute();
    }

    private boolean tryInsert(long runId, RunHolder holder, LocalDateTime now) {
        try {
            dsl.insertInto(RUN_LOCK)
                    .set(RUN_LOCK.LOCK_NAME, NAME)
                    .set(RUN_LOCK.RUN_ID, runId)
                    .set(RUN_LOCK.HOLDER, holder.toString())
                    .set(RUN_LOCK.ACQUIRED_AT, now)
                    .execute();
            return true;
        } catch (RuntimeException e) {
            // The key violation's exception type differs per driver and translation layer; the
            // row being there is what tells a held lock from a real database failure.
            if (current().isPresent()) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Removes exactly the lock that was judged stale (same holder, same run), so that a lock
     * taken meanwhile by a live run is never removed; its run is marked failed in the run log.
     */
    private void takeOver(RunLockRecord stale, long byRun) {
        dsl.deleteFrom(RUN_LOCK)
                .where(RUN_LOCK.LOCK_NAME.eq(NAME))
                .and(RUN_LOCK.HOLDER.eq(stale.getHolder()))
                .and(RUN_LOCK.ACQUIRED_AT.eq(stale.getAcquiredAt()))
                .execute();
        if (stale.getRunId() != null) {
            dsl.update(RUN_LOG)
                    .set(RUN_LOG.OUTCOME, "FAILED")
                    .set(RUN_LOG.MESSAGE_TEXT, "ended without finishing (process " + stale.getHolder()
                            + " gone; lock taken over by run " + byRun + ")")
                    .where(RUN_LOG.RUN_ID.eq(stale.getRunId()))
                    .and(RUN_LOG.OUTCOME.eq("RUNNING"))
                    .execute();
        }
    }

    /** The run that holds the lock: its run log number (null when unknown), its process and since when (UTC). */
    public record Held(Long runId, String holder, LocalDateTime acquiredAt) {
    }

    /** Who holds the lock now, if anyone: what the console's runs page shows as the run going on. */
    public Optional<Held> held() {
        return current().map(r -> new Held(r.getRunId(), r.getHolder(), r.getAcquiredAt()));
    }

    /**
     * Whether a run that may still be going on holds the lock: any holder but one on this host whose
     * process is certainly gone (a kill -9 leaves its row until the next run takes it over).
     */
    public boolean heldByLiveRun() {
        return current().map(held -> !RunHolder.parse(held.getHolder())
                .map(h -> h.certainlyGone(held.getAcquiredAt().toInstant(ZoneOffset.UTC)))
                .orElse(false)).orElse(false);
    }

    Optional<RunLockRecord> current() {
        return dsl.selectFrom(RUN_LOCK).where(RUN_LOCK.LOCK_NAME.eq(NAME)).fetchOptional();
    }

    private static boolean sameHost(RunLockRecord held) {
        return RunHolder.parse(held.getHolder()).map(h -> h.host().equals(RunHolder.current().host())).orElse(false);
    }

    private String describe(RunLockRecord held) {
        String command = held.getRunId() == null ? null
                : dsl.select(RUN_LOG.COMMAND).from(RUN_LOG).where(RUN_LOG.RUN_ID.eq(held.getRunId())).fetchOne(RUN_LOG.COMMAND);
        return "run " + held.getRunId() + (command == null ? "" : " (" + command + ")") + " by process "
                + held.getHolder() + " since " + held.getAcquiredAt() + " UTC";
    }
}
