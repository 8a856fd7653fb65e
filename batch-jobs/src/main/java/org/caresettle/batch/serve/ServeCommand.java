package org.caresettle.batch.serve;

import java.io.PrintStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.CommandDispatcher;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.SettlementCommand;
import org.caresettle.batch.cli.UsageException;
import org.caresettle.batch.run.CurrentRun;
import org.caresettle.batch.run.RunLogRepository;
import org.caresettle.batch.run.RunMetrics;
import org.caresettle.batch.run.RunSupervisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * {@code serve} (issue 5.4): runs {@code nightly} on a schedule and, through Spring Boot
 * Actuator, answers {@code /actuator/health} and {@code /actuator/prometheus}. It blocks until
 * the application is shut down (SIGTERM, or the context is closed). Shutdown first cancels the
 * schedule, so no nightly starts after it (issue 11.9); a nightly in progress is stopped at its
 * next commit by {@link org.caresettle.batch.run.GracefulStop}, and the next run resumes it.
 *
 * <p>Each nightly goes through the {@link CommandDispatcher} like a typed command, so it takes
 * the run lock, is kept in the run log and is timed. The web server is started for this command
 * only ({@link SettlementApplication} switches it on).
 */
@Component
public class ServeCommand implements SettlementCommand, ApplicationListener<ContextClosedEvent> {

    public static final String NAME = "serve";

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);
    private static final int FINISH_SECONDS = 30;

    private final ObjectProvider<CommandDispatcher> dispatcher;
    private final RunMetrics runMetrics;
    private final RunLogRepository runLog;
    private final CurrentRun currentRun;
    private final String cron;
    private final String zone;
    private final String dataProperty;
    private final String outProperty;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile ThreadPoolTaskScheduler scheduler;

    ServeCommand(ObjectProvider<CommandDispatcher> dispatcher, RunMetrics runMetrics, RunLogRepository runLog,
            CurrentRun currentRun,
            @Value("${settlement.serve.cron:0 0 2 * * *}") String cron,
            @Value("${settlement.serve.zone:Europe/Amsterdam}") String zone,
            @Value("${settlement.serve.data:}") String dataProperty,
            @Value("${settlement.serve.out:}") String outProperty) {
        this.dispatcher = dispatcher;
        this.runMetrics = runMetrics;
        this.runLog = runLog;
        this.currentRun = currentRun;
        this.cron = cron;
        this.zone = zone;
        this.dataProperty = dataProperty;
        this.outProperty = outProperty;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        Invocation nightly = nightlyInvocation(invocation);
        CronTrigger trigger = trigger();
        runMetrics.restore(runLog, RunSupervisor.EXCLUSIVE);
        PrintStream err = currentRun.err();
        ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
        tasks.setThreadNamePrefix("nightly-");
        // Shutdown drops the next scheduled nightly (the executor's default would still run it
        // when it falls due while waiting) and never interrupts one in progress.
        tasks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        tasks.setWaitForTasksToCompleteOnShutdown(true);
        tasks.initialize();
        scheduler = tasks;
        tasks.schedule(() -> runNightly(nightly, out, err), trigger);
        out.println("serve: nightly runs at '" + cron + "' (" + zone + ") on "
                + nightly.option(Commands.DATA) + " into " + nightly.option(Commands.OUT)
                + "; health and metrics under /actuator");
        stopped.await();
        if (!tasks.getScheduledExecutor().awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS)) {
            log.warn("the nightly in progress did not stop within {} s", FINISH_SECONDS);
        }
        out.println("serve: stopped");
        return SettlementApplication.EXIT_DONE;
    }

    private void runNightly(Invocation nightly, PrintStream out, PrintStream err) {
        int status = dispatcher.getObject().dispatch(nightly, out, err);
        out.println("serve: nightly ended with exit status " + status);
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

    private Invocation nightlyInvocation(Invocation serve) {
        String data = firstOf(serve.option(Commands.DATA), dataProperty, Commands.DATA);
        String out = firstOf(serve.option(Commands.OUT), outProperty, Commands.OUT);
        Invocation nightly = new Invocation(Commands.byName("nightly").orElseThrow(),
                Map.of(Commands.DATA, data, Commands.OUT, out), List.of());
        nightly.existingDirectory(Commands.DATA);
        return nightly;
    }

    private static String firstOf(String option, String property, String name) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        if (property != null && !property.isBlank()) {
            return property;
        }
        throw new UsageException("serve needs --" + name + " (or the property settlement.serve." + name + ")");
    }

    private CronTrigger trigger() {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new UsageException("settlement.serve.zone is not a time zone: '" + zone + "'");
        }
        if (!CronExpression.isValidExpression(cron)) {
            throw new UsageException("settlement.serve.cron is not a cron expression (six fields, seconds first): '"
                    + cron + "'");
        }
        return new CronTrigger(cron, zoneId);
    }
}
