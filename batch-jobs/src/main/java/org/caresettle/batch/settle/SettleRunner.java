package org.caresettle.batch.settle;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.caresettle.batch.job.JobRuns;
import org.caresettle.batch.privacy.PseudonymKeyGuard;
import org.caresettle.core.value.Period;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/** Starts the settle job for one period and reports what it did. */
@Service
public class SettleRunner {

    private final JobOperator jobOperator;
    private final Job settleJob;
    private final Clock clock;
    /** Two periods settled in one millisecond (nightly) still need distinct job parameters. */
    private final AtomicLong lastRun = new AtomicLong();

    private final PseudonymKeyGuard keyGuard;

    SettleRunner(JobOperator jobOperator, Job settleJob, Clock clock, PseudonymKeyGuard keyGuard) {
        this.jobOperator = jobOperator;
        this.settleJob = settleJob;
        this.clock = clock;
        this.keyGuard = keyGuard;
    }

    public SettleOutcome settle(Path out, Period period) throws Exception {
        keyGuard.requireSecretKeyInProduction();
        long run = lastRun.updateAndGet(previous -> Math.max(previous + 1, clock.millis()));
        JobExecution execution = JobRuns.runToCompletion(jobOperator, settleJob, SettleParameters.of(out, period, run));
        return SettleJobContext.outcome(execution.getExecutionContext(), period);
    }
}
