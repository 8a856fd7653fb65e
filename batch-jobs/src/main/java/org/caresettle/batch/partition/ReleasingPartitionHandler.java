package org.caresettle.batch.partition;

import java.time.LocalDateTime;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * When the manager stops waiting for its workers (the timeout, an interruption, a failed poll),
 * marks the partitions still running as FAILED, so that:
 * <ul>
 * <li>a rerun of the job can restart them: Spring Batch refuses to restart a partition whose last
 * execution is still STARTED ("the old execution may still be executing");</li>
 * <li>a worker still busy with one of them, or a request still waiting in the queue, can no longer
 * commit: its next update of the step execution fails on the version the manager just moved on,
 * and a waiting request is dropped by the worker (see {@code worker.PartitionRequests}).</li>
 * </ul>
 */
final class ReleasingPartitionHandler implements PartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(ReleasingPartitionHandler.class);

    private final PartitionHandler delegate;
    private final JobRepository jobRepository;
    private final String workerStepName;

    ReleasingPartitionHandler(PartitionHandler delegate, JobRepository jobRepository, String workerStepName) {
        this.delegate = delegate;
        this.jobRepository = jobRepository;
        this.workerStepName = workerStepName;
    }

    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution managerStepExecution)
            throws Exception {
        try {
            return delegate.handle(splitter, managerStepExecution);
        } catch (Exception | Error e) {
            failUnfinishedPartitions(managerStepExecution);
            throw e;
        }
    }

    private void failUnfinishedPartitions(StepExecution managerStepExecution) {
        String prefix = workerStepName + ":";
        for (StepExecution partition : jobRepository.getJobExecution(managerStepExecution.getJobExecutionId())
                .getStepExecutions()) {
            if (partition.getStepName().startsWith(prefix)) {
                fail(partition);
            }
        }
    }

    /**
     * A worker may update the partition between our read and our write (it committed a chunk, or
     * ended it): the write then fails on the version, and the partition is read again.
     */
    private void fail(StepExecution partition) {
        StepExecution current = partition;
        for (int attempt = 1; current != null && current.getStatus().isRunning(); attempt++) {
            current.setStatus(BatchStatus.FAILED);
            current.setEndTime(LocalDateTime.now());
            current.setExitStatus(current.getExitStatus().and(
                    ExitStatus.FAILED.addExitDescription("the manager stopped waiting for this partition")));
            try {
                jobRepository.update(current);
                return;
            } catch (OptimisticLockingFailureException e) {
                if (attempt == 3) {
                    log.warn("partition {} kept changing; left as it is", current.getStepName());
                    return;
                }
                current = jobRepository.getStepExecution(current.getId());
            }
        }
    }
}
