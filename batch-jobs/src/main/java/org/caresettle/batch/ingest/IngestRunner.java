package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.caresettle.batch.cli.RefusedException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/** Starts the ingest job and turns a failed execution back into the exception that failed it. */
@Service
public class IngestRunner {

    private final JobOperator jobOperator;
    private final Job ingestJob;
    private final Clock clock;

    IngestRunner(JobOperator jobOperator, Job ingestJob, Clock clock) {
        this.jobOperator = jobOperator;
        this.ingestJob = ingestJob;
        this.clock = clock;
    }

    public IngestResult ingest(Path data, Path out, LocalDate businessDate) throws Exception {
        JobExecution execution = jobOperator.start(ingestJob,
                IngestParameters.of(data, out, businessDate, clock.millis()));
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            List<Throwable> failures = execution.getAllFailureExceptions();
            for (Throwable failure : failures) {
                if (failure instanceof RefusedException refused) {
                    throw refused;
                }
            }
            if (!failures.isEmpty() && failures.get(0) instanceof Exception e) {
                throw e;
            }
            throw new IllegalStateException("ingest ended " + execution.getStatus());
        }
        String reference = execution.getExecutionContext().getString(IngestJobConfiguration.REFERENCE_SUMMARY, "");
        return new IngestResult(reference.isEmpty() ? List.of() : List.of(reference.split("\n")));
    }

    /** What an ingest did, as lines for the operator. */
    public record IngestResult(List<String> referenceLines) {
    }
}
