package org.caresettle.batch.run;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Run metrics (issue 3.7, issue 15):
 * <ul>
 * <li>{@code settlement.run.duration{command,outcome}}: a timer per command and outcome
 * (DONE, REFUSED, FAILED);</li>
 * <li>{@code settlement.run.last.success.timestamp{command}}: when the command last ended
 * well, in seconds since 1970 (UTC), for an alert when the nightly has not succeeded for a day.
 * The gauge appears with the first success, so "never" is an absent series, not a zero.</li>
 * <li>{@code settlement.run.last.failed{command}}: 1 when the command's last run that tells the
 * health of the work ({@link RunRecord#countsForHealth()}) failed, or was refused on schedule; 0 when
 * it was done. The same reading as the health check, per command, for the alert "nightly failed".</li>
 * <li>{@code settlement.run.in.progress.seconds{command}}: how long the command's run in progress has
 * been running, 0 when none is: for the alert "a run longer than usual".</li>
 * </ul>
 * The last three are seeded from the run log when {@code serve} starts ({@link #restore}).
 */
@Component
public class RunMetrics {

    public static final String DURATION = "settlement.run.duration";
    public static final String LAST_SUCCESS = "settlement.run.last.success.timestamp";
    public static final String LAST_FAILED = "settlement.run.last.failed";
    public static final String IN_PROGRESS = "settlement.run.in.progress.seconds";

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastFailed = new ConcurrentHashMap<>();
    /** Per command: when its run in progress started (epoch milliseconds), 0 when none is. */
    private final Map<String, AtomicLong> inProgressSince = new ConcurrentHashMap<>();

    RunMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    void started(RunRecord run) {
        inProgress(run.command()).set(Math.max(1, clock.millis()));
    }

    void record(RunRecord run) {
        Timer.builder(DURATION)
                .description("How long a command ran")
                .tag("command", run.command())
                .tag("outcome", run.end().outcome())
                .register(registry)
                .record(Duration.between(run.startedAt(), run.endedAt()));
        inProgress(run.command()).set(0);
        if (run.end().done()) {
            succeeded(run.command(), run.endedAt());
        }
        if (run.countsForHealth()) {
            failed(run.command()).set(run.end().done() ? 0 : 1);
        }
    }

    /** Seeds the gauges from the run log, so a restarted server reports the last success and failure at once. */
    public void restore(RunLogRepository runLog, Iterable<String> commands) {
        for (String command : commands) {
            runLog.lastSuccess(command).ifPresent(at -> succeeded(command, at));
            runLog.lastEndedThatCounts(command).ifPresent(run -> failed(command).set("DONE".equals(run.getOutcome()) ? 0 : 1));
            inProgress(command);
        }
    }

    private void succeeded(String command, LocalDateTime endedAtUtc) {
        long epochSeconds = endedAtUtc.toEpochSecond(ZoneOffset.UTC);
        lastSuccess.computeIfAbsent(command, c -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(LAST_SUCCESS, holder, AtomicLong::get)
                    .description("When the command last ended well (seconds since 1970, UTC)")
                    .baseUnit("seconds")
                    .tag("command", c)
                    .register(registry);
            return holder;
        }).accumulateAndGet(epochSeconds, Math::max);
    }

    private AtomicLong failed(String command) {
        return lastFailed.computeIfAbsent(command, c -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(LAST_FAILED, holder, AtomicLong::get)
                    .description("1 when the command's last run that tells the health of the work did not end well")
                    .tag("command", c)
                    .register(registry);
            return holder;
        });
    }

    private AtomicLong inProgress(String command) {
        return inProgressSince.computeIfAbsent(command, c -> {
            AtomicLong since = new AtomicLong();
            Gauge.builder(IN_PROGRESS, since, s -> s.get() == 0 ? 0 : (clock.millis() - s.get()) / 1000.0)
                    .description("How long the command's run in progress has been running (0: none is)")
                    .tag("command", c)
                    .register(registry);
            return since;
        });
    }
}
