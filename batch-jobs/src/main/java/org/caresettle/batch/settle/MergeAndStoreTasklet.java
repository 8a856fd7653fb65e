package org.caresettle.batch.settle;

import org.caresettle.core.value.Period;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * {@code mergeStep}: {@link PeriodSettler#mergeAndStore} of the settled parts with the check's
 * findings, in the step's one transaction; its outcome goes into the job execution context.
 */
@Component
class MergeAndStoreTasklet implements Tasklet {

    private final PeriodSettler settler;
    private final JobRepository jobRepository;

    MergeAndStoreTasklet(PeriodSettler settler, JobRepository jobRepository) {
        this.settler = settler;
        this.jobRepository = jobRepository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        Period period = SettleParameters.period(job.getJobParameters());
        ExecutionContext context = job.getExecutionContext();
        SettleOutcome outcome = settler.mergeAndStore(SettleParameters.out(job.getJobParameters()), period,
                SettleJobContext.version(context), SettleJobContext.inputs(context),
                SettledParts.of(jobRepository, job.getId()), SettleJobContext.notes(context),
                SettleParameters.mode(job.getJobParameters()), SettleParameters.poolingKey(job.getJobParameters()),
                SettleParameters.approval(job.getJobParameters()));
        SettleJobContext.putOutcome(context, outcome);
        return RepeatStatus.FINISHED;
    }
}
