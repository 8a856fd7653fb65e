package org.caresettle.batch.settle;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * {@code settleRegionStep}: settles the part its step execution context names, read-only, and
 * hands the settled part back through {@link SettledParts}: a worker in another process has
 * nothing else to hand it back through.
 */
@Component
class SettleRegionPartTasklet implements Tasklet {

    private final RegionPartSettler partSettler;

    SettleRegionPartTasklet(RegionPartSettler partSettler) {
        this.partSettler = partSettler;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        RegionPartSettler.SettledPart part = partSettler.settle(SettleParameters.period(step.getJobParameters()),
                RegionPartition.of(step.getExecutionContext()), SettleParameters.poolingKey(step.getJobParameters()));
        SettledParts.put(step.getExecutionContext(), part);
        return RepeatStatus.FINISHED;
    }
}
