package org.caresettle.batch.partition;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Runs the partitions of a step on threads of this process, at most {@code settlement.partitions.threads}
 * at a time (default: one per processor), as many partitions as {@code settlement.partitions.grid} asks
 * (default 8): more partitions than threads keeps the memory of each partition's working state small.
 */
public class LocalPartitionedSteps implements PartitionedSteps {

    private final JobRepository jobRepository;
    private final int threads;
    private final int gridSize;

    public LocalPartitionedSteps(JobRepository jobRepository,
            @Value("${settlement.partitions.threads:0}") int threads,
            @Value("${settlement.partitions.grid:8}") int gridSize) {
        this.jobRepository = jobRepository;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        this.gridSize = gridSize;
    }

    @Override
    public Step manager(String name, Step workerStep, Partitioner partitioner, StepExecutionAggregator aggregator) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(name + "-");
        executor.setConcurrencyLimit(threads);
        return new StepBuilder(name, jobRepository)
                .partitioner(workerStep.getName(), partitioner)
                .step(workerStep)
                .gridSize(gridSize)
                .taskExecutor(executor)
                .aggregator(aggregator)
                .build();
    }
}
