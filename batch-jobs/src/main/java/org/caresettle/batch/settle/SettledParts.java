package org.caresettle.batch.settle;

import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The settled parts of one settle: each put by its worker into its own step execution context (the
 * settlement as {@link SettlementPartCodec} text, and the lines it read), and read back by the
 * merge from the job repository, never from this process's memory, because a part may have been
 * settled by a worker in another process.
 */
final class SettledParts {

    private static final String PART = "settle.part";
    private static final String LINES_READ = "settle.part.linesRead";

    private SettledParts() {
    }

    static void put(ExecutionContext workerContext, RegionPartSettler.SettledPart part) {
        workerContext.putString(PART, SettlementPartCodec.encode(part.settlement()));
        workerContext.putLong(LINES_READ, part.linesRead());
    }

    static List<RegionPartSettler.SettledPart> of(JobRepository jobRepository, long jobExecutionId) {
        List<RegionPartSettler.SettledPart> parts = new ArrayList<>();
        for (StepExecution step : jobRepository.getJobExecution(jobExecutionId).getStepExecutions()) {
            if (step.getStepName().startsWith(SettleJobConfiguration.WORKER_STEP + ":")) {
                ExecutionContext context = step.getExecutionContext();
                parts.add(new RegionPartSettler.SettledPart(SettlementPartCodec.decode(context.getString(PART)),
                        context.getLong(LINES_READ)));
            }
        }
        return parts;
    }
}
