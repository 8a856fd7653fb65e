package org.caresettle.batch.partition;

import java.time.Duration;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.messaging.MessageChannel;

/**
 * Runs the partitions of a step on worker processes (issue 7, {@code settlement.partitions.mode=remote}):
 * Spring Batch Integration's {@link MessageChannelPartitionHandler} sends one request per partition
 * to {@code requests} (which the configuration carries to the broker's durable queue), and learns
 * that the partitions ended by polling the job repository, not from reply messages: the repository
 * in the shared database is the one place where a partition's outcome is certain, whichever worker
 * ran it and however often it had to be run. The parts' failures come back from there too
 * ({@link WorkerFailures}).
 */
public class RemotePartitionedSteps implements PartitionedSteps {

    private final JobRepository jobRepository;
    private final MessageChannel requests;
    private final int gridSize;
    private final Duration pollInterval;
    private final Duration timeout;

    public RemotePartitionedSteps(JobRepository jobRepository, MessageChannel requests, int gridSize,
            Duration pollInterval, Duration timeout) {
        this.jobRepository = jobRepository;
        this.requests = requests;
        this.gridSize = gridSize;
        this.pollInterval = pollInterval;
        this.timeout = timeout;
    }

    @Override
    public Step manager(String name, Step workerStep, Partitioner partitioner, StepExecutionAggregator aggregator) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(workerStep.getName());
        handler.setGridSize(gridSize);
        handler.setMessagingOperations(new MessagingTemplate(requests));
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(pollInterval.toMillis());
        handler.setTimeout(timeout.toMillis());
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("remote partitioning of " + name + " is misconfigured", e);
        }
        return new StepBuilder(name, jobRepository)
                .partitioner(workerStep.getName(), partitioner)
                .partitionHandler(new ReleasingPartitionHandler(handler, jobRepository, workerStep.getName()))
                .gridSize(gridSize)
                .aggregator(new WorkerFailures(aggregator))
                .build();
    }
}
