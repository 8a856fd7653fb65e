package org.caresettle.batch.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.caresettle.batch.run.CurrentRun;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The progress line of the ingest running in this process, which the partitions of its inbox step
 * count into side by side (its counters are atomic). The manager starts it once the inbox is
 * planned and stops it when the partitions are done. A partition running in a worker process
 * (issue 7) finds no progress started there and counts nothing: the manager's line then shows
 * only what its own partitions did.
 */
@Component
class IngestProgressBoard {

    private final AtomicReference<IngestProgress> current = new AtomicReference<>();
    private final CurrentRun currentRun;
    private final Duration interval;

    IngestProgressBoard(CurrentRun currentRun, @Value("${settlement.progress.interval:10s}") Duration interval) {
        this.currentRun = currentRun;
        this.interval = interval;
    }

    /** Starts reporting on the files about to be ingested, replacing any earlier line. */
    void start(List<InboxFile> files) {
        replace(IngestProgress.reporting(files, currentRun.err(), interval));
    }

    void linesDone(int count) {
        IngestProgress progress = current.get();
        if (progress != null) {
            progress.linesDone(count);
        }
    }

    void fileDone(InboxFile file) {
        IngestProgress progress = current.get();
        if (progress != null) {
            progress.fileDone(file);
        }
    }

    void stop() {
        replace(null);
    }

    private void replace(IngestProgress next) {
        IngestProgress previous = current.getAndSet(next);
        if (previous != null) {
            previous.close();
        }
    }
}
