package org.caresettle.batch.settle;

import org.caresettle.batch.partition.PartitionedSteps;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The settle job (SPEC 13, {@code settle}), in the order the package comment explains, one tasklet
 * class per step: {@code checkStep} ({@link PeriodCheckTasklet}) publishes an interrupted version
 * and compares the input fingerprint (and ends the job when nothing changed);
 * {@code settleRegionsStep} settles the period's regions in parts, one {@code settleRegionStep}
 * ({@link SettleRegionPartTasklet}) per part, wherever {@link PartitionedSteps} runs them;
 * {@code mergeStep} ({@link MergeAndStoreTasklet}) merges the parts, writes the pending folder and
 * stores the version in one transaction; {@code publishStep} ({@link PublishVersionTasklet}) then
 * moves the folder into view. What the steps hand on is in {@link SettleJobContext} and
 * {@link SettledParts}.
 */
@Configuration(proxyBeanMethods = false)
public class SettleJobConfiguration {

    public static final String JOB_NAME = "settleJob";
    static final String WORKER_STEP = "settleRegionStep";

    @Bean
    Job settleJob(JobRepository jobRepository, Step checkStep, Step settleRegionsStep, Step mergeStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(checkStep).on(PeriodCheckTasklet.UNCHANGED.getExitCode()).end()
                .from(checkStep).on(ExitStatus.COMPLETED.getExitCode()).to(settleRegionsStep)
                .next(mergeStep)
                .next(publishStep)
                .from(checkStep).on("*").fail()
                .end()
                .build();
    }

    @Bean
    Step checkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PeriodCheckTasklet tasklet) {
        return new StepBuilder("checkStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step settleRegionsStep(PartitionedSteps partitionedSteps, Step settleRegionStep, RegionPartitioner partitioner) {
        return partitionedSteps.manager("settleRegionsStep", settleRegionStep, partitioner,
                new DefaultStepExecutionAggregator());
    }

    @Bean
    Step settleRegionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            SettleRegionPartTasklet tasklet) {
        return new StepBuilder(WORKER_STEP, jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step mergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            MergeAndStoreTasklet tasklet) {
        return new StepBuilder("mergeStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            PublishVersionTasklet tasklet) {
        return new StepBuilder("publishStep", jobRepository).tasklet(tasklet, transactionManager).build();
    }
}
