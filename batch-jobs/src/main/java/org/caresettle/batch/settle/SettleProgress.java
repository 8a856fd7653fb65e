package org.caresettle.batch.settle;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.caresettle.batch.run.ProgressTicker;
import org.caresettle.core.settlement.AcceptedLine;
import org.caresettle.core.value.Period;

/**
 * Tells the operator how a long settle is getting on (issue 5.5): the accepted lines read so far
 * of all that the period's settlement streams, the rate and the time left, on standard error at
 * a fixed interval.
 */
final class SettleProgress implements AutoCloseable {

    private final Period period;
    private final long totalLines;
    private final long startNanos = System.nanoTime();
    private final AtomicLong lines = new AtomicLong();
    private final ProgressTicker ticker;

    SettleProgress(Period period, long totalLines, PrintStream err, Duration interval) {
        this.period = period;
        this.totalLines = totalLines;
        this.ticker = ProgressTicker.start("settle-progress", err, interval, this::line);
    }

    /** The same lines, counted as the settlement consumes them. */
    Iterator<AcceptedLine> counting(Iterator<AcceptedLine> accepted) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return accepted.hasNext();
            }

            @Override
            public AcceptedLine next() {
                AcceptedLine line = accepted.next();
                lines.incrementAndGet();
                return line;
            }
        };
    }

    long linesRead() {
        return lines.get();
    }

    String line() {
        double seconds = Math.max(System.nanoTime() - startNanos, 1) / 1e9;
        long done = lines.get();
        String left = done == 0 ? "time left not yet known"
                : String.format(Locale.ROOT, "about %.0f s left", seconds * Math.max(totalLines - done, 0) / done);
        return String.format(Locale.ROOT, "settle progress: %s, %d of %d lines, %.0f lines/s, %s",
                period, done, totalLines, done / seconds, left);
    }

    @Override
    public void close() {
        ticker.close();
    }
}
