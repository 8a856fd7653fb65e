package org.caresettle.batch.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caresettle.batch.exit.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/** A part that failed on a worker, as the manager reads it back from the job repository. */
class WorkerFailuresTest {

    private final JobExecution job = new JobExecution(1L, new JobInstance(1L, "job"), new JobParameters());

    @Test
    void aRefusalComesBackAsARefusalWithItsWholeMessage() {
        StepExecution part = failedPart(new RefusedException("period 2026-10 not settled:\nno budget for region 7"));

        assertThat(WorkerFailures.failureOf(part)).isInstanceOf(RefusedException.class)
                .hasMessage("period 2026-10 not settled:\nno budget for region 7");
    }

    @Test
    void aRefusalWrappedInAnotherExceptionIsFoundByItsCause() {
        StepExecution part = failedPart(new IllegalStateException("chunk failed", new RefusedException("bad input")));

        assertThat(WorkerFailures.failureOf(part)).isInstanceOf(RefusedException.class).hasMessage("bad input");
    }

    @Test
    void anyOtherFailureIsNamedWithThePartAndTheFirstLineOfItsTrace() {
        StepExecution part = failedPart(new IllegalArgumentException("disk full"));

        assertThat(WorkerFailures.failureOf(part)).isInstanceOf(IllegalStateException.class)
                .hasMessage("partition part:p1 failed on a worker: java.lang.IllegalArgumentException: disk full");
    }

    @Test
    void theManagersStepGetsTheFailuresOfItsFailedPartsOnly() {
        StepExecution manager = new StepExecution(10L, "manager", job);
        StepExecution completed = new StepExecution(11L, "part:p0", job);
        completed.setStatus(BatchStatus.COMPLETED);
        completed.setExitStatus(ExitStatus.COMPLETED);

        new WorkerFailures(new DefaultStepExecutionAggregator())
                .aggregate(manager, List.of(completed, failedPart(new RefusedException("bad input"))));

        assertThat(manager.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(manager.getFailureExceptions()).singleElement().isInstanceOf(RefusedException.class);
    }

    /** As the repository gives it back: status and exit status, the exception as text only. */
    private StepExecution failedPart(Throwable failure) {
        StepExecution part = new StepExecution(12L, "part:p1", job);
        part.setStatus(BatchStatus.FAILED);
        part.setExitStatus(ExitStatus.FAILED.addExitDescription(failure));
        return part;
    }
}
