package org.caresettle.batch.settle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.caresettle.batch.partition.PartitionedSteps;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The settle job (SPEC 13, {@code settle}), in the order the package comment explains:
 * {@code checkStep} publishes an interrupted version and compares the input fingerprint (and ends
 * the job when nothing changed); {@code settleRegionsStep} settles the period's regions in parts,
 * one {@code settleRegionStep} per part, wherever {@link PartitionedSteps} runs them; each part
 * comes back only through its step execution context. {@code mergeStep} merges the parts, writes
 * the pending folder and stores the version in one transaction; {@code publishStep} then moves the
 * folder into view.
 */
@Configuration(proxyBeanMethods = false)
public class SettleJobConfiguration {

    public static final String JOB_NAME = "settleJob";
    static final String WORKER_STEP = "settleRegionStep";
    static final String VERSION = "settle.version";
    static final String WRITTEN = "settle.written";
    static final String MESSAGE = "settle.message";
    private static final String INPUT_SHA256 = "settle.inputSha256";
    private static final String LOAD_IDS = "settle.loadIds";
    private static final String LINE_COUNT = "settle.lineCount";
    private static final String PART = "settle.part";
    private static final String LINES_READ = "settle.part.linesRead";
    private static final ExitStatus UNCHANGED = new ExitStatus("UNCHANGED");

    @Bean
    Job settleJob(JobRepository jobRepository, Step checkStep, Step settleRegionsStep, Step mergeStep, Step publishStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(checkStep).on(UNCHANGED.getExitCode()).end()
                .from(checkStep).on(ExitStatus.COMPLETED.getExitCode()).to(settleRegionsStep)
                .next(mergeStep)
                .next(publishStep)
                .from(checkStep).on("*").fail()
                .end()
                .build();
    }

    @Bean
    Step checkStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PeriodSettler settler) {
        return new StepBuilder("checkStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    JobExecution jobExecution = contribution.getStepExecution().getJobExecution();
                    JobParameters parameters = jobExecution.getJobParameters();
                    PeriodSettler.Check check = settler.check(Path.of(parameters.getString(SettleParameters.OUT)),
                            Period.parse(parameters.getString(SettleParameters.PERIOD)));
                    ExecutionContext context = jobExecution.getExecutionContext();
                    context.putInt(VERSION, check.version());
                    context.putString(WRITTEN, "false");
                    context.putString(MESSAGE, String.join("\n", check.notes()));
                    context.putString(INPUT_SHA256, check.inputs().sha256());
                    context.putString(LOAD_IDS, String.join(",", check.inputs().loadIds().stream().map(String::valueOf).toList()));
                    context.putLong(LINE_COUNT, check.inputs().lineCount());
                    if (check.unchanged()) {
                        contribution.setExitStatus(UNCHANGED);
                    }
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step settleRegionsStep(PartitionedSteps partitionedSteps, Step settleRegionStep, RegionPartitioner partitioner) {
        return partitionedSteps.manager("settleRegionsStep", settleRegionStep, partitioner,
                new DefaultStepExecutionAggregator());
    }

    /** One part: settles its regions read-only and hands the part back in its own execution context. */
    @Bean
    Step settleRegionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RegionPartSettler partSettler) {
        return new StepBuilder(WORKER_STEP, jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    StepExecution step = contribution.getStepExecution();
                    Period period = Period.parse(step.getJobParameters().getString(SettleParameters.PERIOD));
                    RegionPartSettler.SettledPart part = partSettler.settle(period, RegionPartition.of(step.getExecutionContext()));
                    step.getExecutionContext().putString(PART, SettlementPartCodec.encode(part.settlement()));
                    step.getExecutionContext().putLong(LINES_READ, part.linesRead());
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
    }

    @Bean
    Step mergeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, PeriodSettler settler) {
        return new StepBuilder("mergeStep", jobRepository)
                .tasklet((contribution, chunkContext) -> {
                    JobExecution jobExecution = contribution.getStepExecution().getJobExecution();
                    JobParameters parameters = jobExecution.getJobParameters();
                    ExecutionContext context = jobExecution.getExecutionContext();
                    InputFingerprint.Inputs inputs = new InputFingerprint.Inputs(context.getString(INPUT_SHA256),
                            loadIds(context.getString(LOAD_IDS)), context.getLong(LINE_COUNT));
                    String notes = context.getString(MESSAGE);
                    SettleOutcome outcome = settler.mergeAndStore(Path.of(parameters.getString(SettleParameters.OUT)),
                            Period.parse(parameters.getString(SettleParameters.PERIOD)), context.getInt(VERSION), inputs,
                            parts(jobRepository, jobExecution.getId()),
                            notes.isEmpty() ? List.of() : List.of(notes));
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

    /**
     * The settled parts as the job repository stores them: read back from there rather than from this
     * process's memory, because a part may have been settled by a worker in another process.
     */
    private static List<RegionPartSettler.SettledPart> parts(JobRepository jobRepository, long jobExecutionId) {
        List<RegionPartSettler.SettledPart> parts = new ArrayList<>();
        for (StepExecution step : jobRepository.getJobExecution(jobExecutionId).getStepExecutions()) {
            if (step.getStepName().startsWith(WORKER_STEP + ":")) {
                ExecutionContext context = step.getExecutionContext();
                parts.add(new RegionPartSettler.SettledPart(SettlementPartCodec.decode(context.getString(PART)),
                        context.getLong(LINES_READ)));
            }
        }
        return parts;
    }

    private static List<Long> loadIds(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
    }
}
