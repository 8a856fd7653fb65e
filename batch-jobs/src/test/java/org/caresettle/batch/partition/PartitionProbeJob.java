package org.caresettle.batch.partition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.caresettle.batch.exit.RefusedException;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A test-only partitioned job ({@code --settlement.test.partition-probe=name}) that proves the
 * remote partitioning mechanism apart from the real jobs: each of the eight partitions writes
 * {@code FOLDER/partition-N.txt} naming the process that ran it (the probe name), after waiting
 * {@code delay} milliseconds so that a test can kill a worker in the middle of a partition. The
 * partition numbered {@code refuse}, if any, refuses its work instead, as a real part refuses bad input.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PartitionProbeJob.PROBE)
class PartitionProbeJob {

    static final String PROBE = "settlement.test.partition-probe";
    static final String FOLDER = "folder";
    static final String DELAY = "delay";
    static final String REFUSE = "refuse";
    static final int PARTITIONS = 8;

    @Bean
    Step probePartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            @Value("${" + PROBE + "}") String processName) {
        return new StepBuilder("probePartitionStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var stepExecution = contribution.getStepExecution();
                    var parameters = stepExecution.getJobExecution().getJobParameters();
                    Thread.sleep(parameters.getLong(DELAY, 0L));
                    int partition = stepExecution.getExecutionContext().getInt("partition");
                    if (parameters.getLong(REFUSE, -1L) == partition) {
                        throw new RefusedException("probe partition " + partition + " refuses:\nits input is wrong");
                    }
                    Path file = Path.of(parameters.getString(FOLDER)).resolve("partition-" + partition + ".txt");
                    Files.writeString(file, processName + "\n", java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Job probeJob(JobRepository jobRepository, PartitionedSteps partitionedSteps, Step probePartitionStep) {
        Step manager = partitionedSteps.manager("probeStep", probePartitionStep, gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < PARTITIONS; i++) {
                ExecutionContext context = new ExecutionContext();
                context.putInt("partition", i);
                partitions.put("p" + i, context);
            }
            return partitions;
        }, new DefaultStepExecutionAggregator());
        return new JobBuilder("probeJob", jobRepository).start(manager).build();
    }
}
