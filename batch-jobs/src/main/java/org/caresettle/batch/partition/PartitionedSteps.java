package org.caresettle.batch.partition;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.step.Step;

/**
 * Builds the manager side of a partitioned step: the partitioner splits the work, one execution of
 * {@code workerStep} runs per partition, and the aggregator folds the partitions' results into the
 * manager's step execution. Where the worker steps run is this bean's choice: on local threads
 * ({@link LocalPartitionedSteps}, the default) or on worker processes (issue 7); the jobs do not
 * know which.
 */
public interface PartitionedSteps {

    Step manager(String name, Step workerStep, Partitioner partitioner, StepExecutionAggregator aggregator);
}
