package org.caresettle.batch.settle;

import java.nio.file.Path;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The settle job (SPEC 13, {@code settle}): {@code settleStep} settles, writes the pending folder
 * and stores the version in one transaction; {@code publishStep} then moves the folder into view.
 * Why in this order is in the package comment.
 */
@Configuration(proxyBeanMethods = false)
public class SettleJobConfiguration {

    public static final String JOB_NAME = "settleJob";
    static final String VERSION = "settle.version";
    static final String WRITTEN = "settle.written";
    static final String MESSAGE = "settle.message";

    @Bean
    Job settleJob(JobRepository jobRepository, Step settleStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(settleStep)
                .next(publishStep)
                .build();
    }

    @Bean
    Step settleStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PeriodSettler settler) {
        return new StepBuilder("settleStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var jobExecution = contribution.getStepExecution().getJobExecution();
                    var parameters = jobExecution.getJobParameters();
                    SettleOutcome outcome = settler.settle(Path.of(parameters.getString(SettleParameters.OUT)),
                            Period.parse(parameters.getString(SettleParameters.PERIOD)));
                    ExecutionContext context = jobExecution.getExecutionContext();
                    context.putInt(VERSION, outcome.version());
                    context.putString(WRITTEN, Boolean.toString(outcome.written()));
                    context.putString(MESSAGE, outcome.message());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        return new StepBuilder("publishStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var jobExecution = contribution.getStepExecution().getJobExecution();
                    ExecutionContext context = jobExecution.getExecutionContext();
                    if (Boolean.parseBoolean(context.getString(WRITTEN))) {
                        var parameters = jobExecution.getJobParameters();
                        VersionFolders folders = VersionFolders.of(Path.of(parameters.getString(SettleParameters.OUT)),
                                Period.parse(parameters.getString(SettleParameters.PERIOD)));
                        PendingVersion.publish(folders, context.getInt(VERSION));
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
