package org.caresettle.batch.ingest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import org.caresettle.batch.run.CurrentRun;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Folds the parts of the inbox step into its manager step, as Spring Batch does by default
 * (status, counts), and adds up the parts' ingest counts, which each part left in its own
 * execution context: the summary line goes into the job's context, the counts to the run log.
 * The parts' contexts come from the job repository, so this works wherever the parts ran.
 */
@Component
class IngestTallyAggregator implements StepExecutionAggregator {

    static final String SUMMARY = "inbox.summary";

    private final StepExecutionAggregator defaults = new DefaultStepExecutionAggregator();
    private final CurrentRun currentRun;
    private final IngestProgressBoard progress;

    IngestTallyAggregator(CurrentRun currentRun, IngestProgressBoard progress) {
        this.currentRun = currentRun;
        this.progress = progress;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        progress.stop();
        defaults.aggregate(result, executions);
        IngestTally total = new IngestTally();
        for (StepExecution part : executions) {
            total.add(IngestTally.inContext(part.getExecutionContext(), InboxFileItemWriter.TALLY));
        }
        LocalDateTime started = result.getStartTime() != null ? result.getStartTime() : LocalDateTime.now();
        result.getJobExecution().getExecutionContext()
                .putString(SUMMARY, total.summary(Duration.between(started, LocalDateTime.now())));
        currentRun.count("ingest", total.counts());
    }
}
