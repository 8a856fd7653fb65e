package org.caresettle.batch.run;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.ownership.OutFolderOwnership;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Wraps every run of a command that works on the database (issue 5.5): checks the
 * {@link RunPrecondition}s of the configuration, takes the run lock,
 * checks that {@code --out} belongs to this database (issue 11), keeps the run in {@code run_log}
 * and {@code OUT/runs/<run-id>.json}, times it, and frees the lock whatever happens. A run refused
 * because another holds the lock or because --out is not this database's is logged too, as
 * REFUSED, in the run log only.
 * {@code serve} itself is not a run: each nightly it starts is.
 */
@Service
public class RunSupervisor {

    /**
     * The commands that take the lock: everything that reads or writes the settled state ({@code settle
     * --preview} is a {@code settle}; {@code whatif} reads what settle writes).
     */
    public static final Set<String> EXCLUSIVE = Set.of("ingest", "settle", "report", "nightly", "whatif");

    private static final Logger log = LoggerFactory.getLogger(RunSupervisor.class);

    private final List<RunPrecondition> preconditions;
    private final RunLogRepository runLog;
    private final RunLock lock;
    private final OutFolderOwnership ownership;
    private final CurrentRun currentRun;
    private final RunMetrics metrics;
    private final GracefulStop gracefulStop;
    private final Clock clock;
    private final boolean forceUnlock;

    RunSupervisor(List<RunPrecondition> preconditions, RunLogRepository runLog, RunLock lock, OutFolderOwnership ownership, CurrentRun currentRun,
            RunMetrics metrics, GracefulStop gracefulStop, Clock clock,
            @Value("${settlement.run.force-unlock:false}") boolean forceUnlock) {
        this.preconditions = preconditions;
        this.runLog = runLog;
        this.lock = lock;
        this.ownership = ownership;
        this.currentRun = currentRun;
        this.metrics = metrics;
        this.gracefulStop = gracefulStop;
        this.clock = clock;
        this.forceUnlock = forceUnlock;
    }

    /**
     * Runs {@code work} as the run {@code request} describes and says how it ended; a refusal
     * or failure thrown by the work becomes its {@link RunEnd}, never an exception.
     */
    public RunEnd run(RunRequest request, PrintStream err, RunWork work) {
        currentRun.begin(err, request.requestedBy(), request.reason());
        RunWork checked = () -> {
            preconditions.forEach(precondition -> precondition.check(request));
            return work.run();
        };
        if (!EXCLUSIVE.contains(request.command())) {
            return endOf(request, checked);
        }
        // After SIGTERM no run starts: not even its run record is written.
        if (!gracefulStop.enter()) {
            return RunEnd.failed("not started: the application is shutting down");
        }
        try {
            return superviseRun(request, checked);
        } finally {
            gracefulStop.leave();
        }
    }

    private RunEnd superviseRun(RunRequest request, RunWork work) {
        LocalDate businessDate = request.asOf() != null ? request.asOf() : LocalDate.now(clock);
        RunRecord run = new RunRecord(0, request.command(), businessDate, request.period(), request.arguments(),
                RunHolder.current(), nowUtc(), null, null, null, request.requestedBy(), request.reason(), null);
        run = run.withId(runLog.start(run));
        currentRun.started(run.runId());
        metrics.started(run);
        try {
            lock.acquire(run.runId(), run.holder(), run.startedAt(), forceUnlock);
        } catch (RefusedException e) {
            return finish(run, RunEnd.refused(e.getMessage()), null);
        } catch (RuntimeException e) {
            log.debug("run lock not taken", e);
            return finish(run, RunEnd.failed("could not take the run lock: " + e.getMessage()), null);
        }
        Path out = request.out();
        RunEnd end;
        boolean started = false;
        try {
            end = refusalOfOutFolder(out);
            if (end == null) {
                started = true;
                end = endOf(request, work);
            }
        } finally {
            lock.release(run.runId());
        }
        return finish(run, end, started ? out : null);
    }

    private static RunEnd endOf(RunRequest request, RunWork work) {
        try {
            return RunEnd.of(work.run());
        } catch (Exception e) {
            RunEnd end = RunEnd.of(e);
            if (end.exitStatus() == ExitCode.FAILED) {
                log.debug("{} failed", request.command(), e);
            }
            return end;
        }
    }

    /**
     * Checks (claims on a fresh start) that {@code --out} belongs to this database, before anything
     * is written to it (issue 11); the refusal when it does not, or null.
     */
    private RunEnd refusalOfOutFolder(Path out) {
        if (out == null) {
            return null;
        }
        try {
            ownership.claimOrCheck(out);
            return null;
        } catch (RefusedException e) {
            return RunEnd.refused(e.getMessage());
        } catch (IOException | RuntimeException e) {
            log.debug("out folder not checked", e);
            return RunEnd.failed("could not check that --out " + out + " belongs to this database: " + e.getMessage());
        }
    }

    /**
     * Ends the run in the run log and, once it has started, in {@code OUT/runs/<run-id>.json}. A run
     * that never started (lock held, --out not this database's) writes nothing into --out: the folder
     * may belong to another database, whose run of the same number has its record there (issue 12).
     */
    private RunEnd finish(RunRecord run, RunEnd end, Path out) {
        currentRun.ended();
        RunRecord ended = run.ended(nowUtc(), end, RunJson.counts(currentRun.counts()),
                RunJson.written(currentRun.versions(), currentRun.previews()));
        if (out != null) {
            try {
                RunJson.write(out, ended);
            } catch (IOException | RuntimeException e) {
                log.debug("run record not written", e);
                String lost = "runs/" + run.runId() + ".json could not be written: " + e.getMessage();
                ended = run.ended(ended.endedAt(), end.done()
                        ? RunEnd.failed("the work is done, but " + lost)
                        : new RunEnd(end.exitStatus(), end.message() == null ? lost : end.message() + "; " + lost),
                        ended.countsJson(), ended.writtenJson());
            }
        }
        runLog.finish(ended);
        metrics.record(ended);
        return ended.end();
    }

    private LocalDateTime nowUtc() {
        // Microseconds: what both databases keep, so the lock row reads back exactly as written.
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
