package org.caresettle.batch.ingest;

import java.util.function.Supplier;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * What the parts of an ingest have done so far, as they committed it: the sum of the counts each
 * part keeps in its execution context ({@link InboxFileItemWriter}), read from the job repository.
 * The progress line of a manager whose parts run on workers (issue 7) comes from here: it moves
 * once per chunk (a few files) rather than per declaration, and never counts work that a killed
 * worker did not commit.
 */
final class CommittedPartsProgress implements Supplier<IngestProgress.Done> {

    private final JobRepository jobRepository;
    private final long jobExecutionId;

    CommittedPartsProgress(JobRepository jobRepository, long jobExecutionId) {
        this.jobRepository = jobRepository;
        this.jobExecutionId = jobExecutionId;
    }

    @Override
    public IngestProgress.Done get() {
        long files = 0;
        long bytes = 0;
        long lines = 0;
        for (StepExecution step : jobRepository.getJobExecution(jobExecutionId).getStepExecutions()) {
            if (step.getStepName().startsWith(IngestJobConfiguration.WORKER_STEP + ":")) {
                ExecutionContext part = step.getExecutionContext();
                files += part.getLong(InboxFileItemWriter.FILES_DONE, 0L);
                bytes += part.getLong(InboxFileItemWriter.BYTES_DONE, 0L);
                lines += IngestTally.inContext(part, InboxFileItemWriter.TALLY).lines();
            }
        }
        return new IngestProgress.Done(files, bytes, lines);
    }
}
