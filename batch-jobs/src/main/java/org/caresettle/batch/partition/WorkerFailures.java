package org.caresettle.batch.partition;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caresettle.batch.exit.RefusedException;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Folds the parts into the manager's step as the job's own aggregator does, then hands the manager
 * the failures of parts that failed on a worker. The exception of such a part stayed in the
 * worker's memory; the job repository has only its stack trace, as text in the part's exit
 * description. A refusal ({@link RefusedException}: exit 2, "fix the input") is recognised there by
 * its class name and raised again as one in the manager, so a distributed command exits as the
 * single-process one does; any other failure is named with the first line of its trace instead of
 * Spring Batch's bare "Partition handler returned an unsuccessful step".
 */
final class WorkerFailures implements StepExecutionAggregator {

    private static final Pattern REFUSAL = Pattern.compile(
            "^(?:Caused by: )?" + Pattern.quote(RefusedException.class.getName()) + ": (.*?)(?:\\R\\s+(?:at |\\.\\.\\. \\d+ more)|\\z)",
            Pattern.MULTILINE | Pattern.DOTALL);

    private final StepExecutionAggregator delegate;

    WorkerFailures(StepExecutionAggregator delegate) {
        this.delegate = delegate;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> parts) {
        delegate.aggregate(result, parts);
        for (StepExecution part : parts) {
            if (part.getStatus().isUnsuccessful()) {
                result.addFailureException(failureOf(part));
            }
        }
    }

    /** The part's failure as the manager raises it. */
    static RuntimeException failureOf(StepExecution part) {
        String trace = part.getExitStatus().getExitDescription();
        Matcher refusal = REFUSAL.matcher(trace);
        if (refusal.find()) {
            return new RefusedException(refusal.group(1));
        }
        String firstLine = trace.lines().findFirst().orElse(part.getExitStatus().getExitCode());
        return new IllegalStateException("partition " + part.getStepName() + " failed on a worker: " + firstLine);
    }
}
