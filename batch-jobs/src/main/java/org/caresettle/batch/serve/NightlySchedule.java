package org.caresettle.batch.serve;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.nightly.NightlyRun;
import org.caresettle.batch.privacy.PseudonymKeyGuard;
import org.caresettle.batch.run.RunEnd;
import org.caresettle.batch.run.RunLogRepository;
import org.caresettle.batch.run.RunMetrics;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.run.RunSupervisor;
import org.caresettle.batch.settle.SettlementMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The heart of {@code serve} (issue 5.4): runs the {@link NightlyRun} on a schedule while Spring
 * Boot Actuator answers {@code /actuator/health} and {@code /actuator/prometheus}. It blocks until
 * the application is shut down (SIGTERM, or the context is closed). Shutdown first cancels the
 * schedule, so no nightly starts after it (issue 11.9); a nightly in progress is stopped at its
 * next commit by {@link org.caresettle.batch.run.GracefulStop}, and the next run resumes it.
 *
 * <p>Each nightly goes through the {@link RunSupervisor} like a typed {@code nightly}, so it takes
 * the run lock, is kept in the run log and is timed.
 */
@Component
public class NightlySchedule implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);
    private static final int FINISH_SECONDS = 30;

    private final RunSupervisor runs;
    private final NightlyRun nightly;
    private final RunMetrics runMetrics;
    private final RunLogRepository runLog;
    private final PseudonymKeyGuard keyGuard;
    private final SettlementMetrics settlementMetrics;
    private final String cron;
    private final String zone;
    private final String dataProperty;
    private final String outProperty;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile ThreadPoolTaskScheduler scheduler;

    NightlySchedule(RunSupervisor runs, NightlyRun nightly, RunMetrics runMetrics, RunLogRepository runLog,
            PseudonymKeyGuard keyGuard, SettlementMetrics settlementMetrics,
            @Value("${settlement.serve.cron:0 0 2 * * *}") String cron,
            @Value("${settlement.serve.zone:Europe/Amsterdam}") String zone,
            @Value("${settlement.serve.data:}") String dataProperty,
            @Value("${settlement.serve.out:}") String outProperty) {
        this.runs = runs;
        this.nightly = nightly;
        this.runMetrics = runMetrics;
        this.runLog = runLog;
        this.keyGuard = keyGuard;
        this.settlementMetrics = settlementMetrics;
        this.cron = cron;
        this.zone = zone;
        this.dataProperty = dataProperty;
        this.outProperty = outProperty;
    }

    /**
     * Runs the nightly on {@code data} into {@code out} (each null: the property
     * {@code settlement.serve.data} / {@code .out}) at every tick of the schedule, until shutdown.
     */
    public int serve(Path data, Path out, PrintStream log, PrintStream err) throws InterruptedException {
        Path dataFolder = folder(data, dataProperty, "data");
        Path outFolder = folder(out, outProperty, "out");
        if (!Files.isDirectory(dataFolder)) {
            throw new RefusedException("--data " + dataFolder + ": no such folder");
        }
        CronTrigger trigger = trigger();
        // Every scheduled nightly would be refused for it: refuse to start instead (issue 15).
        keyGuard.requireSecretKeyInProduction();
        runMetrics.restore(runLog, RunSupervisor.EXCLUSIVE);
        settlementMetrics.restore();
        ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
        tasks.setThreadNamePrefix("nightly-");
        // Shutdown drops the next scheduled nightly (the executor's default would still run it
        // when it falls due while waiting) and never interrupts one in progress.
        tasks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.initialize();
        scheduler = tasks;
        tasks.schedule(() -> runNightly(dataFolder, outFolder, log, err), trigger);
        log.println("serve: nightly runs at '" + cron + "' (" + zone + ") on " + dataFolder + " into " + outFolder
                + "; health and metrics under /actuator");
        stopped.await();
        if (!tasks.getScheduledExecutor().awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS)) {
            NightlySchedule.log.warn("the nightly in progress did not stop within {} s", FINISH_SECONDS);
        }
        log.println("serve: stopped");
        return ExitCode.DONE;
    }

    private void runNightly(Path data, Path out, PrintStream log, PrintStream err) {
        RunRequest request = new RunRequest("nightly", Map.of("data", data.toString(), "out", out.toString()), null,
                null, data, out, RunRequest.SCHEDULE, null);
        RunEnd end = runs.run(request, err, () -> {
            nightly.run(data, out, null, log);
            return ExitCode.DONE;
        });
        end.printReason("nightly", err);
        log.println("serve: nightly ended with exit status " + end.exitStatus());
    }

    /**
     * The first thing shutdown does (before any bean stops): the schedule is cancelled at once,
     * without waiting for a nightly in progress, which GracefulStop then stops; {@link #run}
     * waits for it and returns.
     */
    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        ThreadPoolTaskScheduler tasks = scheduler;
        if (tasks != null) {
            tasks.initiateShutdown();
        }
        stopped.countDown();
    }

    /** The schedule's cron expression (six fields, seconds first), as configured. */
    public String cron() {
        return cron;
    }

    /** The schedule's time zone, as configured. */
    public String zone() {
        return zone;
    }

    /**
     * When the schedule next fires after {@code now}, in its zone; empty when the cron expression or the
     * zone is not valid (serve then refuses to start) or never fires again.
     */
    public Optional<ZonedDateTime> nextRun(Instant now) {
        try {
            ZoneId zoneId = ZoneId.of(zone);
            return Optional.ofNullable(CronExpression.parse(cron).next(now.atZone(zoneId)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Path folder(Path option, String property, String name) {
        if (option != null) {
            return option;
        }
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        throw new RefusedException("serve needs --" + name + " (or the property settlement.serve." + name + ")");
    }

    private CronTrigger trigger() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new RefusedException("settlement.serve.zone is not a time zone: '" + zone + "'");
        }
        if (!CronExpression.isValidExpression(cron)) {
            throw new RefusedException("settlement.serve.cron is not a cron expression (six fields, seconds first): '"
                    + cron + "'");
        }
        return new CronTrigger(cron, zoneId);
    }
}
