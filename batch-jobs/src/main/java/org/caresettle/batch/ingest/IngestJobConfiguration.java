package org.caresettle.batch.ingest;

import java.nio.file.Path;
import org.caresettle.batch.partition.PartitionedSteps;
import org.caresettle.batch.reference.ReferenceLoadSummary;
import org.caresettle.batch.reference.ReferenceLoader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.builder.TaskletStepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The ingest job (SPEC 13, {@code ingest}): the reference data, then the inbox in parts by
 * provider, a few files per transaction, then {@code files.csv}, then fresh planner statistics
 * and the invariants. Its progress lives in the job repository, in the same database as the data.
 */
@Configuration(proxyBeanMethods = false)
public class IngestJobConfiguration {

    public static final String JOB_NAME = "ingestJob";
    public static final String REFERENCE_SUMMARY = "reference.summary";
    public static final String INBOX_SUMMARY = IngestTallyAggregator.SUMMARY;
    static final String WORKER_STEP = "ingestPartitionStep";

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

    /**
     * Runs on a resumed job too, although it completed before (issue 11): a reference file changed
     * after the failure is loaded, and the parts still to run read the latest load, so the files
     * not yet ingested get the verdicts a run without the failure would give them now. Unchanged
     * files are not read again, so this costs a fingerprint of each.
     */
    @Bean
    Step loadReferenceStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ReferenceLoader referenceLoader) {
        return tasklet("loadReferenceStep", jobRepository, transactionManager, jobExecution -> {
            Path data = Path.of(jobExecution.getJobParameters().getString(IngestParameters.DATA));
            ReferenceLoadSummary summary = referenceLoader.load(data.resolve("reference"));
            jobExecution.getExecutionContext().putString(REFERENCE_SUMMARY,
                    String.join("\n", summary.files().stream().map(ReferenceLoadSummary.FileLoad::describe).toList()));
        }).allowStartIfComplete(true).build();
    }

    /**
     * The inbox, split by provider into parts that run side by side ({@link InboxPartitionPlan});
     * where the parts run is the {@link PartitionedSteps} bean's choice.
     */
    @Bean
    Step ingestInboxStep(PartitionedSteps partitionedSteps, Step ingestPartitionStep, InboxPartitioner inboxPartitioner,
            IngestTallyAggregator aggregator) {
        return partitionedSteps.manager("ingestInboxStep", ingestPartitionStep, inboxPartitioner, aggregator);
    }

    @Bean
    @StepScope
    InboxPartitioner inboxPartitioner(@Value("#{jobParameters['" + IngestParameters.DATA + "']}") String data,
            @Value("#{stepExecution.jobExecutionId}") long jobExecutionId, InboxFileRegistry registry,
            InboxPlanStore plans, IngestProgressBoard progress) {
        return new InboxPartitioner(Path.of(data).resolve("inbox"), jobExecutionId, registry, plans, progress);
    }

    /**
     * One part of the inbox, a few files per chunk: the files of a chunk are ingested, stored and
     * answered in one transaction, so a crash leaves each file wholly done or not at all. The
     * checks' ledger follows that transaction ({@link RollbackSafeLedger}), so a failed chunk
     * leaves no trace in it. Before making this step fault-tolerant (skip or retry), note that the
     * writer's tally and metrics still count a rolled-back chunk's files: today a failed chunk
     * fails the step, so they are never reported.
     */
    @Bean
    Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            InboxFileItemReader reader, InboxFileItemWriter writer,
            @Value("${settlement.ingest.files-per-transaction:64}") int filesPerTransaction) {
        return new StepBuilder(WORKER_STEP, jobRepository)
                .<QueuedFile, QueuedFile>chunk(filesPerTransaction)
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
        return step("writeFilesListStep", jobRepository, transactionManager, jobExecution ->
                filesList.write(Path.of(jobExecution.getJobParameters().getString(IngestParameters.OUT))));
    }

    @Bean
    Step checkIngestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            IngestInvariants invariants, PlannerStatistics statistics) {
        return step("checkIngestStep", jobRepository, transactionManager, jobExecution -> {
            statistics.refresh();
            invariants.check();
        });
    }

    /** A step that does one thing once, in one transaction. */
    private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
            JobWork work) {
        return tasklet(name, jobRepository, transactionManager, work).build();
    }

    private static TaskletStepBuilder tasklet(String name, JobRepository jobRepository,
            PlatformTransactionManager transactionManager, JobWork work) {
        return new StepBuilder(name, jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    work.run(contribution.getStepExecution().getJobExecution());
                    return RepeatStatus.FINISHED;
                }, transactionManager);
    }

    @FunctionalInterface
    private interface JobWork {
        void run(JobExecution jobExecution) throws Exception;
    }
}
