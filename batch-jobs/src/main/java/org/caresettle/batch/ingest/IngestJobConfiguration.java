package org.caresettle.batch.ingest;

import java.nio.file.Path;
import org.caresettle.batch.reference.ReferenceLoadSummary;
import org.caresettle.batch.reference.ReferenceLoader;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job (SPEC 13, {@code ingest}): first the reference data, then (issue 3) the inbox.
 * Its progress lives in the job repository, in the same database as the data.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingestJob";
    public static final String REFERENCE_SUMMARY = "reference.summary";

    @Bean
    Job ingestJob(JobRepository jobRepository, Step loadReferenceStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadReferenceStep)
                .build();
    }

    @Bean
    Step loadReferenceStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReferenceLoader referenceLoader) {
        return new StepBuilder("loadReferenceStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    var jobExecution = contribution.getStepExecution().getJobExecution();
                    Path data = Path.of(jobExecution.getJobParameters().getString(IngestParameters.DATA));
                    ReferenceLoadSummary summary = referenceLoader.load(data.resolve("reference"));
                    jobExecution.getExecutionContext().putString(REFERENCE_SUMMARY,
                            String.join("\n", summary.files().stream().map(ReferenceLoadSummary.FileLoad::describe).toList()));
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
