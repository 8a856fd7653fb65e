package org.caresettle.batch.worker;

import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.dao.EmptyResultDataAccessException;

/**
 * Runs the partition a request names with Spring Batch's {@link StepExecutionRequestHandler}, but
 * only while that partition still needs running. The broker delivers a request again when the
 * worker that had it died before acknowledging it (kill -9, a lost connection): the partition is
 * then still STARTED and is run again here, from the last commit its step recorded. A request for
 * a partition that has ended (it completed just before its worker died, or the manager gave up on
 * it and marked it FAILED) or whose job no longer runs is dropped: running it would repeat work.
 */
final class PartitionRequests {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequests.class);

    private final JobRepository jobRepository;
    private final StepLocator steps;
    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();

    PartitionRequests(JobRepository jobRepository, StepLocator steps) {
        this.jobRepository = jobRepository;
        this.steps = steps;
        handler.setJobRepository(jobRepository);
        handler.setStepLocator(steps);
    }

    public void run(StepExecutionRequest request) {
        StepExecution partition = stored(request.getStepExecutionId());
        if (partition == null) {
            log.warn("partition request {} names no step execution of this database: dropped", request);
            return;
        }
        String name = partition.getStepName() + " (step execution " + partition.getId() + ")";
        BatchStatus jobStatus = partition.getJobExecution().getStatus();
        if (!partition.getStatus().isRunning() || !jobStatus.isRunning()) {
            log.info("partition {} is {} and its job {}: request dropped", name, partition.getStatus(), jobStatus);
            return;
        }
        if (steps.getStep(request.getStepName()) == null) {
            fail(partition, "no step " + request.getStepName() + " in this worker: is it the same version as the manager?");
            return;
        }
        log.info(partition.getStatus() == BatchStatus.STARTED
                ? "running partition {} again: the worker that had it stopped before finishing"
                : "running partition {}", name);
        long started = System.nanoTime();
        StepExecution ran = handler.handle(request);
        log.info("partition {} {} in {} ms", name, ran.getStatus(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The step execution, or null when there is none: the repository answers either way. */
    private StepExecution stored(long stepExecutionId) {
        try {
            return jobRepository.getStepExecution(stepExecutionId);
        } catch (EmptyResultDataAccessException e) {
            return null;
        }
    }

    private void fail(StepExecution partition, String reason) {
        log.error("partition {}: {}", partition.getStepName(), reason);
        partition.setStatus(BatchStatus.FAILED);
        partition.setExitStatus(ExitStatus.FAILED.addExitDescription(reason));
        partition.setEndTime(LocalDateTime.now());
        jobRepository.update(partition);
    }
}
