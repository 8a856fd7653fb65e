package org.caresettle.batch.settle;

import org.caresettle.core.value.Period;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * {@code checkStep}: {@link PeriodSettler#check} on the run's period, its findings into the job
 * execution context, and the exit status {@link #UNCHANGED} (which ends the job) when the inputs
 * are the last version's.
 */
@Component
class PeriodCheckTasklet implements Tasklet {

    static final ExitStatus UNCHANGED = new ExitStatus("UNCHANGED");

    private final PeriodSettler settler;

    PeriodCheckTasklet(PeriodSettler settler) {
        this.settler = settler;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        Period period = SettleParameters.period(job.getJobParameters());
        PeriodSettler.Check check = settler.check(SettleParameters.out(job.getJobParameters()), period,
                SettleParameters.mode(job.getJobParameters()), SettleParameters.poolingKey(job.getJobParameters()));
        SettleJobContext.putCheck(job.getExecutionContext(), period, check);
        if (check.unchanged()) {
            contribution.setExitStatus(UNCHANGED);
        }
        return RepeatStatus.FINISHED;
    }
}
