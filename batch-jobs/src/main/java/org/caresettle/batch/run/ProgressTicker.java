package org.caresettle.batch.run;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Prints a progress line for long work at a fixed interval (issue 5.5: at least every 10 s) to
 * standard error. A timer thread prints, so the lines keep coming while the work itself is deep
 * in one file or one query; what a line says is up to the work ({@code line}).
 */
public final class ProgressTicker implements AutoCloseable {

    private final ScheduledExecutorService timer;

    private ProgressTicker(String name, PrintStream err, Duration interval, Supplier<String> line) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(interval.toMillis(), 1);
        timer.scheduleAtFixedRate(() -> err.println(line.get()), millis, millis, TimeUnit.MILLISECONDS);
    }

    public static ProgressTicker start(String name, PrintStream err, Duration interval, Supplier<String> line) {
        return new ProgressTicker(name, err, interval, line);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
