package org.caresettle.batch.nightly;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.export.VersionExporter;
import org.caresettle.batch.ingest.IngestRunner;
import org.caresettle.batch.privacy.PseudonymKeyGuard;
import org.caresettle.batch.report.PeriodReporter;
import org.caresettle.batch.rerun.PeriodPublisher;
import org.caresettle.batch.run.CurrentRun;
import org.caresettle.batch.run.GracefulStop;
import org.caresettle.batch.settle.AcceptedLineRepository;
import org.caresettle.batch.settle.PublishedStatementsChangedException;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Service;

/**
 * The night's work in order, for {@code nightly} and for each scheduled run of {@code serve}.
 * First the ingest; then every period with accepted lines is settled, oldest first (settle itself
 * writes nothing when a period's inputs did not change). A period that is refused (say, a missing
 * pooling key) does not hold up the others: they are settled, and the run then refuses (exit 2)
 * naming the refused periods. A period that got a new version had its reports refreshed by the
 * settle itself (issue 15); every other period that was settled is then reported: rejected lines and
 * later periods change a report without changing the period's settlement, and an unchanged report is
 * left as it was. Last, a settled period whose latest version has no workbooks yet (its run stopped
 * after publishing it) gets them. On shutdown it stops between two periods
 * (or inside a job, see {@link GracefulStop}). A period whose published statements changed on disk
 * (issue 11) is not settled either; the run then fails (exit 1) naming the file, before any
 * refusal is reported. With {@code settlement.publish=approval} (issue 14) a period's new version is
 * not published but previewed and left as a rerun request by the nightly's user, with the reason given
 * or one naming the night; the ingest and its answers happen as always, and only the periods that have
 * a published version are reported.
 * A production run under the example pseudonym key is refused before the
 * ingest, once (issue 15): settle would refuse every period anyway, after the night's files were
 * taken in and answered.
 */
@Service
public class NightlyRun {

    private final IngestRunner ingest;
    private final AcceptedLineRepository lines;
    private final PeriodPublisher publisher;
    private final PeriodReporter report;
    private final VersionExporter exports;
    private final GracefulStop gracefulStop;
    private final Clock clock;
    private final CurrentRun currentRun;
    private final PseudonymKeyGuard keyGuard;

    NightlyRun(IngestRunner ingest, AcceptedLineRepository lines, PeriodPublisher publisher, PeriodReporter report,
            VersionExporter exports, GracefulStop gracefulStop, Clock clock, CurrentRun currentRun,
            PseudonymKeyGuard keyGuard) {
        this.keyGuard = keyGuard;
        this.exports = exports;
        this.currentRun = currentRun;
        this.ingest = ingest;
        this.lines = lines;
        this.publisher = publisher;
        this.report = report;
        this.gracefulStop = gracefulStop;
        this.clock = clock;
    }

    /** Runs the night's work on {@code data} into {@code out}; {@code asOf} null means today. */
    public void run(Path data, Path out, LocalDate asOf, PrintStream log) throws Exception {
        keyGuard.requireSecretKeyInProduction();
        LocalDate businessDate = asOf != null ? asOf : LocalDate.now(clock);
        log.println("nightly: ingest");
        currentRun.step("ingest", null);
        ingest.ingest(data, out, businessDate).report(data, out, businessDate).forEach(log::println);
        log.println("nightly: settle");
        List<String> refused = new ArrayList<>();
        List<Period> settled = new ArrayList<>();
        List<Period> toReport = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        String user = currentRun.requestedBy() == null ? "nightly" : currentRun.requestedBy();
        String generatedReason = "nightly " + businessDate + ": new declarations or reference data";
        for (Period period : lines.periodsWithAcceptedLines()) {
            gracefulStop.checkpoint();
            currentRun.step("settle", period.toString());
            try {
                PeriodPublisher.Outcome outcome = publisher.publish(out, period, user, currentRun.reason(),
                        generatedReason);
                log.println(outcome.message());
                if (outcome.hasVersion()) {
                    settled.add(period);
                    if (!outcome.published()) {
                        toReport.add(period);
                    }
                }
            } catch (RefusedException e) {
                log.println("period " + period + ": refused: " + e.getMessage());
                refused.add(period + " (" + e.getMessage() + ")");
            } catch (PublishedStatementsChangedException e) {
                log.println("period " + period + ": " + e.getMessage());
                changed.add(e.getMessage());
            }
        }
        log.println("nightly: report");
        for (Period period : toReport) {
            gracefulStop.checkpoint();
            currentRun.step("report", period.toString());
            log.println(report.report(out, period).message());
        }
        for (Period period : settled) {
            gracefulStop.checkpoint();
            exports.exportLatestIfMissing(out, period).ifPresent(outcome -> log.println(outcome.message()));
        }
        if (!changed.isEmpty()) {
            // Exit 1, before any refusal: damaged published statements need someone first.
            throw new IllegalStateException(String.join("; ", changed)
                    + (refused.isEmpty() ? "" : "; settle also refused for " + String.join("; ", refused)));
        }
        if (!refused.isEmpty()) {
            throw new RefusedException("settle refused for " + String.join("; ", refused));
        }
        log.println("nightly: done");
    }
}
