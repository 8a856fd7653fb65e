package org.caresettle.batch.run;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Run metrics (issue 3.7):
 * <ul>
 * <li>{@code settlement.run.duration{command,outcome}}: a timer per command and outcome
 * (DONE, REFUSED, FAILED);</li>
 * <li>{@code settlement.run.last.success.timestamp{command}}: when the command last ended
 * well, in seconds since 1970 (UTC), for an alert when the nightly has not succeeded for a day.
 * The gauge appears with the first success, so "never" is an absent series, not a zero.</li>
 * </ul>
 */
@Component
public class RunMetrics {

    public static final String DURATION = "settlement.run.duration";
    public static final String LAST_SUCCESS = "settlement.run.last.success.timestamp";

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(RunRecord run) {
        Timer.builder(DURATION)
                .description("How long a command ran")
                .tag("command", run.command())
                .tag("outcome", run.end().outcome())
                .register(registry)
                .record(Duration.between(run.startedAt(), run.endedAt()));
        if (run.end().done()) {
            succeeded(run.command(), run.endedAt());
        }
    }

    /** Seeds the gauge from the run log, so a restarted server reports the last success at once. */
    public void restore(RunLogRepository runLog, Iterable<String> commands) {
        for (String command : commands) {
            runLog.lastSuccess(command).ifPresent(at -> succeeded(command, at));
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
}
