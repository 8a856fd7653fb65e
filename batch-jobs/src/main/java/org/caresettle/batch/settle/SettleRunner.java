package org.caresettle.batch.settle;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.caresettle.batch.job.JobRuns;
import org.caresettle.batch.privacy.PseudonymKeyGuard;
import org.caresettle.batch.run.CurrentRun;
import org.caresettle.batch.run.StepTimer;
import org.caresettle.core.value.Period;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Service;

/**
 * Starts the settle job for one period and reports what it did. When the job published a new version,
 * the {@link VersionPublishedListener}s follow (risk reports, then exports), still inside the run.
 */
@Service
public class SettleRunner {

    private static final Logger log = LoggerFactory.getLogger(SettleRunner.class);

    private final JobOperator jobOperator;
    private final Job settleJob;
    private final Clock clock;
    /** Two periods settled in one millisecond (nightly) still need distinct job parameters. */
    private final AtomicLong lastRun = new AtomicLong();

    private final PseudonymKeyGuard keyGuard;
    private final CurrentRun currentRun;
    private final List<VersionPublishedListener> published;

    SettleRunner(JobOperator jobOperator, Job settleJob, Clock clock, PseudonymKeyGuard keyGuard,
            CurrentRun currentRun, List<VersionPublishedListener> published) {
        this.jobOperator = jobOperator;
        this.settleJob = settleJob;
        this.clock = clock;
        this.keyGuard = keyGuard;
        this.currentRun = currentRun;
        this.published = List.copyOf(published);
    }

    public SettleOutcome settle(Path out, Period period) throws Exception {
        return run(out, period, SettleMode.PUBLISH, null, null);
    }

    /**
     * {@code settle} publishing the rerun request {@code approval} that was approved (issue 14): the same
     * job, and {@link ApprovedPublication} is told in the transaction that stores the version.
     */
    public SettleOutcome publishApproved(Path out, Period period, long approval) throws Exception {
        return run(out, period, SettleMode.PUBLISH, null, approval);
    }

    /**
     * {@code settle --preview} (issue 14): the period's next version settled by the same job, its files
     * written under {@code OUT/previews/<period>/<id>/}; nothing stored or published.
     */
    public SettleOutcome preview(Path out, Period period) throws Exception {
        return run(out, period, SettleMode.PREVIEW, null, null);
    }

    /**
     * {@code whatif} (issue 14): the published version's inputs settled by the same job under the
     * proposed pooling key in {@code poolingKey}, compared in {@code OUT/whatif/<period>/<id>/}.
     */
    public SettleOutcome whatIf(Path out, Period period, Path poolingKey) throws Exception {
        return run(out, period, SettleMode.WHATIF, poolingKey, null);
    }

    private SettleOutcome run(Path out, Period period, SettleMode mode, Path poolingKey, Long approval)
            throws Exception {
        keyGuard.requireSecretKeyInProduction();
        long run = lastRun.updateAndGet(previous -> Math.max(previous + 1, clock.millis()));
        StepTimer timer = StepTimer.start();
        JobExecution execution = JobRuns.runToCompletion(jobOperator, settleJob,
                SettleParameters.of(out, period, run, mode, poolingKey, approval));
        SettleOutcome outcome = SettleJobContext.outcome(execution.getExecutionContext(), period);
        // The settling alone, apart from what follows a publication: the benchmark reads these lines.
        log.info("period {}: settle {} in {}", period, mode.name().toLowerCase(Locale.ROOT), timer.elapsed());
        reportToRun(outcome, mode);
        if (mode == SettleMode.PUBLISH && outcome.written()) {
            return followPublication(out, outcome);
        }
        return outcome;
    }

    /**
     * Runs the follow-ups of a published version and adds their lines to the outcome's message. A failure
     * of one fails the run (exit 1) with the version published; {@code report} or {@code export} of the
     * period then does what was left.
     */
    private SettleOutcome followPublication(Path out, SettleOutcome outcome) throws Exception {
        List<String> lines = new ArrayList<>(List.of(outcome.message()));
        for (VersionPublishedListener listener : published) {
            StepTimer timer = StepTimer.start();
            lines.add(listener.published(out, outcome.period(), outcome.version()));
            log.info("period {}: {} after publication in {}", outcome.period(), listener.what(), timer.elapsed());
        }
        return outcome.withMessage(String.join("\n", lines));
    }

    /**
     * Tells the run what this settle did (issue 14): the version it published or the preview or what-if it
     * wrote, and its counts, summed over the periods of a nightly. A settle that was refused or failed
     * threw before this and reports nothing.
     */
    private void reportToRun(SettleOutcome outcome, SettleMode mode) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("periods_settled", 1L);
        counts.put("lines_settled", outcome.linesSettled());
        counts.put("municipalities", (long) outcome.municipalities());
        boolean published = mode == SettleMode.PUBLISH && outcome.written();
        boolean aside = mode != SettleMode.PUBLISH && outcome.written() && outcome.folder() != null;
        counts.put("versions_written", published ? 1L : 0L);
        if (mode != SettleMode.PUBLISH) {
            counts.put(mode == SettleMode.PREVIEW ? "previews_written" : "whatifs_written", aside ? 1L : 0L);
        }
        currentRun.add("settle", counts);
        if (published) {
            currentRun.versionWritten(outcome.period().toString(), outcome.version());
        } else if (aside) {
            currentRun.previewWritten(outcome.period().toString(), outcome.version(), outcome.folder());
        }
    }
}
