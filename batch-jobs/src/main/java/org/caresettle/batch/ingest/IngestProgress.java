package org.caresettle.batch.ingest;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.caresettle.batch.run.ProgressTicker;

/**
 * Tells the operator how a long ingest is getting on (issue 5.5): a line on standard error at a
 * fixed interval (10 s by default), with files and lines done, the rate and an estimate of the
 * time left. A timer thread prints, so the lines keep coming while one big file is read.
 *
 * <p>The estimate goes by bytes: the inbox's size is known before its lines are, so the time
 * left is the time so far scaled by the bytes of the files still to do. Until the first file is
 * done there is nothing to scale, and the line says so.
 *
 * <p>What is done comes from the counters here, which the parts in this process count into as they
 * go, or, when the parts run on workers (issue 7), from a source that reads what they committed.
 */
final class IngestProgress implements AutoCloseable {

    private final int totalFiles;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private final AtomicLong lines = new AtomicLong();
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final Supplier<Done> done;
    private final ProgressTicker ticker;

    /** Files, bytes and lines done so far. */
    record Done(long files, long bytes, long lines) {
    }

    private IngestProgress(List<InboxFile> inbox, PrintStream err, Duration interval, Supplier<Done> done) {
        this.totalFiles = inbox.size();
        this.totalBytes = inbox.stream().mapToLong(InboxFile::sizeBytes).sum();
        this.done = done != null ? done : () -> new Done(files.get(), bytes.get(), lines.get());
        this.ticker = ProgressTicker.start("ingest-progress", err, interval, this::line);
    }

    /** Starts reporting to {@code err} every {@code interval} what the parts count into this progress. */
    static IngestProgress reporting(List<InboxFile> inbox, PrintStream err, Duration interval) {
        return new IngestProgress(inbox, err, interval, null);
    }

    /** Starts reporting to {@code err} every {@code interval} what {@code done} says is done. */
    static IngestProgress reportingFrom(List<InboxFile> inbox, PrintStream err, Duration interval, Supplier<Done> done) {
        return new IngestProgress(inbox, err, interval, done);
    }

    /** The lines done so far, as the progress line counts them. */
    long lines() {
        return done.get().lines();
    }

    void linesDone(int count) {
        lines.addAndGet(count);
    }

    void fileDone(InboxFile file) {
        files.incrementAndGet();
        bytes.addAndGet(file.sizeBytes());
    }

    String line() {
        double seconds = Math.max(System.nanoTime() - startNanos, 1) / 1e9;
        Done now = done.get();
        long linesDone = now.lines();
        long bytesDone = now.bytes();
        String left = bytesDone == 0 ? "time left not yet known"
                : String.format(Locale.ROOT, "about %.0f s left",
                        seconds * Math.max(totalBytes - bytesDone, 0) / (double) bytesDone);
        return String.format(Locale.ROOT, "ingest progress: %d of %d files, %d lines, %.0f lines/s, %s",
                now.files(), totalFiles, linesDone, linesDone / seconds, left);
    }

    @Override
    public void close() {
        ticker.close();
    }
}
