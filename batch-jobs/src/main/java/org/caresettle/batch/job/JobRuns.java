package org.caresettle.batch.job;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.run.StoppedByShutdown;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs a job to its end and turns a failed execution back into the exception that failed it, so
 * the command line can map it to an exit status (a {@link RefusedException} anywhere wins: exit 2);
 * an execution stopped by shutdown becomes {@link StoppedByShutdown}.
 */
public final class JobRuns {

    private JobRuns() {
    }

    public static JobExecution runToCompletion(JobOperator operator, Job job, JobParameters parameters) throws Exception {
        return completed(operator.start(job, parameters), job);
    }

    /** The execution if it completed; otherwise the exception that failed it is thrown. */
    public static JobExecution completed(JobExecution execution, Job job) throws Exception {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            return execution;
        }
        // Only a shutdown stops a job (run.GracefulStop): it ended at a commit, and a rerun resumes.
        if (execution.getStatus() == BatchStatus.STOPPED) {
            throw new StoppedByShutdown(Objects.requireNonNullElseGet(execution.getEndTime(), LocalDateTime::now));
        }
        List<Throwable> failures = failuresOf(execution);
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof RefusedException refused) {
                    throw refused;
                }
            }
        }
        if (!failures.isEmpty() && failures.get(0) instanceof Exception e) {
            throw e;
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(job.getName() + " failed", failures.get(0));
        }
        throw new IllegalStateException(job.getName() + " ended " + execution.getStatus());
    }

    /**
     * The failures of the job and its steps in a fixed order: the steps' in the order they started,
     * then the job's own, and Spring Batch's own {@link JobExecutionException}s last. A partitioned
     * step fails with one of those ("Partition handler returned an unsuccessful step"), which only
     * says that a part failed, while the part's own failure says why (issue 11).
     * {@link JobExecution#getAllFailureExceptions()} gathers them in a hash set, so its first was
     * either, by chance.
     */
    private static List<Throwable> failuresOf(JobExecution execution) {
        List<Throwable> failures = new ArrayList<>();
        execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .forEach(step -> failures.addAll(step.getFailureExceptions()));
        failures.addAll(execution.getFailureExceptions());
        failures.sort(Comparator.comparing(failure -> failure instanceof JobExecutionException));
        return failures;
    }
}
