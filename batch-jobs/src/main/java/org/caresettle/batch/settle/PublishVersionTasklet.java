package org.caresettle.batch.settle;

import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * {@code publishStep}: moves the version the merge wrote, if it wrote one, into view (after its
 * commit). A preview or what-if has nothing to publish: its merge put its files where they belong.
 */
@Component
class PublishVersionTasklet implements Tasklet {

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        Period period = SettleParameters.period(job.getJobParameters());
        SettleOutcome outcome = SettleJobContext.outcome(job.getExecutionContext(), period);
        if (outcome.written() && SettleParameters.mode(job.getJobParameters()) == SettleMode.PUBLISH) {
            PendingVersion.publish(VersionFolders.of(SettleParameters.out(job.getJobParameters()), period),
                    outcome.version());
        }
        return RepeatStatus.FINISHED;
    }
}
