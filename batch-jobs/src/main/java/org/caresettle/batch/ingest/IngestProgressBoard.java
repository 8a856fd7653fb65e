package org.caresettle.batch.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.caresettle.batch.partition.PartitionModes;
import org.caresettle.batch.run.CurrentRun;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The progress line of the ingest running in this process. The manager starts it once the inbox
 * is planned and stops it when the partitions are done. Partitions on local threads count into it
 * side by side (its counters are atomic). When they run on workers (issue 7,
 * {@code settlement.partitions.mode=remote}) the line adds up what they committed, from the job
 * repository ({@link CommittedPartsProgress}); a worker has no line of its own.
 */
@Component
class IngestProgressBoard {

    private final AtomicReference<IngestProgress> current = new AtomicReference<>();
    private final CurrentRun currentRun;
    private final Duration interval;
    private final JobRepository jobRepository;
    private final boolean remoteParts;

    IngestProgressBoard(CurrentRun currentRun, @Value("${settlement.progress.interval:10s}") Duration interval,
            JobRepository jobRepository,
            @Value("${" + PartitionModes.PROPERTY + ":" + PartitionModes.LOCAL + "}") String partitionMode) {
        this.currentRun = currentRun;
        this.interval = interval;
        this.jobRepository = jobRepository;
        this.remoteParts = PartitionModes.REMOTE.equals(partitionMode);
    }

    /** Starts reporting on the files the job execution is about to ingest, replacing any earlier line. */
    void start(List<InboxFile> files, long jobExecutionId) {
        IngestProgress progress = remoteParts
                ? IngestProgress.reportingFrom(files, currentRun.err(), interval,
                        new CommittedPartsProgress(jobRepository, jobExecutionId))
                : IngestProgress.reporting(files, currentRun.err(), interval);
        replace(progress);
        // The inbox's lines are not known before they are read: done, of an unknown total.
        currentRun.stepLines("ingest", null, progress::lines, -1);
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
