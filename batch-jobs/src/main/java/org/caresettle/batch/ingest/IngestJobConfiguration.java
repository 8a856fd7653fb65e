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
 * The ingest job (SPEC 13, {@code ingest}): the reference data, then the inbox one file per
 * transaction, then {@code files.csv}, then the invariants. Its progress lives in the job
 * repository, in the same database as the data.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingestJob";
    public static final String REFERENCE_SUMMARY = "reference.summary";
    public static final String INBOX_SUMMARY = InboxFileItemWriter.SUMMARY;

    @Bean
    Job ingestJob(JobRepository jobRepository, Step loadReferenceStep, Step ingestInboxStep, Step writeFilesListStep,
            Step checkIngestStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadReferenceStep)
                .next(ingestInboxStep)
                .next(writeFilesListStep)
                .next(checkIngestStep)
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

    /** One inbox file per chunk: each file is ingested, stored and answered in its own transaction. */
    @Bean
    Step ingestInboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            InboxFileItemReader reader, InboxFileItemWriter writer) {
        return new StepBuilder("ingestInboxStep", jobRepository)
                .<InboxFile, InboxFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(writer)
                .listener(reader)
                .listener(writer)
                .build();
    }

    @Bean
    Step writeFilesListStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            FilesListWriter filesList) {
        return new StepBuilder("writeFilesListStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    Path out = Path.of(contribution.getStepExecution().getJobParameters().getString(IngestParameters.OUT));
                    filesList.write(out);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step checkIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestInvariants invariants) {
        return new StepBuilder("checkIngestStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    invariants.check();
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }
}
