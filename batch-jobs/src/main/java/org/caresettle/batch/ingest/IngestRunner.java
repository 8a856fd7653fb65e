package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.caresettle.batch.job.JobRuns;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/**
 * Runs the ingest job. When the last ingest of the same work (same data, output and business
 * date) did not complete — it failed, or its process was killed — that execution is restarted
 * from where the job repository says it stopped, instead of starting afresh; a killed
 * execution, still marked running, is first recovered (marked failed). Either way the file
 * registry makes sure no file is ingested twice.
 */
@Service
public class IngestRunner {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestJob;
    private final Clock clock;

    IngestRunner(JobOperator jobOperator, JobRepository jobRepository, Job ingestJob, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestJob = ingestJob;
        this.clock = clock;
    }

    public IngestResult ingest(Path data, Path out, LocalDate businessDate) throws Exception {
        JobParameters parameters = IngestParameters.of(data, out, businessDate, clock.millis());
        JobExecution unfinished = unfinishedExecutionOf(parameters);
        JobExecution execution = JobRuns.completed(unfinished == null
                ? jobOperator.start(ingestJob, parameters)
                : jobOperator.restart(unfinished.getStatus().isRunning() ? jobOperator.recover(unfinished) : unfinished),
                ingestJob);
        String reference = execution.getExecutionContext().getString(IngestJobConfiguration.REFERENCE_SUMMARY, "");
        return new IngestResult(unfinished != null,
                reference.isEmpty() ? List.of() : List.of(reference.split("\n")),
                execution.getExecutionContext().getString(IngestJobConfiguration.INBOX_SUMMARY, ""));
    }

    /**
     * The last ingest execution if it did not complete and did the same work. Only one run at a
     * time works on a database, so an execution still marked running belongs to a process that died.
     */
    private JobExecution unfinishedExecutionOf(JobParameters parameters) {
        JobInstance last = jobRepository.getLastJobInstance(IngestJobConfiguration.JOB_NAME);
        if (last == null) {
            return null;
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null || execution.getStatus() == BatchStatus.COMPLETED
                || execution.getStatus() == BatchStatus.ABANDONED) {
            return null;
        }
        JobParameters earlier = execution.getJobParameters();
        boolean sameWork = Objects.equals(earlier.getString(IngestParameters.DATA), parameters.getString(IngestParameters.DATA))
                && Objects.equals(earlier.getString(IngestParameters.OUT), parameters.getString(IngestParameters.OUT))
                && Objects.equals(earlier.getLocalDate(IngestParameters.BUSINESS_DATE),
                        parameters.getLocalDate(IngestParameters.BUSINESS_DATE));
        return sameWork ? execution : null;
    }

    /** What an ingest did, as lines for the operator. */
    public record IngestResult(boolean resumed, List<String> referenceLines, String inboxSummary) {

        /** What the operator reads after an ingest of {@code data} into {@code out}, line by line. */
        public List<String> report(Path data, Path out, LocalDate businessDate) {
            List<String> lines = new ArrayList<>();
            if (resumed) {
                lines.add("resumed the unfinished ingest of " + businessDate);
            }
            lines.add("reference data (" + data.resolve("reference") + "):");
            referenceLines.forEach(line -> lines.add("  " + line));
            lines.add(inboxSummary);
            lines.add("answers under " + out.resolve("responses") + ", files listed in " + out.resolve("files.csv"));
            return lines;
        }
    }
}
