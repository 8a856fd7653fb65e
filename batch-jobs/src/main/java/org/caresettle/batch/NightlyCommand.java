package org.caresettle.batch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.RefusedException;
import org.caresettle.batch.cli.SettlementCommand;
import org.caresettle.batch.ingest.IngestCommand;
import org.caresettle.batch.report.PeriodReporter;
import org.caresettle.batch.run.GracefulStop;
import org.caresettle.batch.settle.AcceptedLineRepository;
import org.caresettle.batch.settle.PublishedStatementsChangedException;
import org.caresettle.batch.settle.SettleRunner;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * {@code nightly}: the night's work in order. First the ingest; then every period with accepted
 * lines is settled, oldest first (settle itself writes nothing when a period's inputs did not
 * change). A period that is refused (say, a missing pooling key) does not hold up the others:
 * they are settled, and the run then exits 2 naming the refused periods. Every period that was
 * settled (a new version or not) is then reported: rejected lines and later periods change a
 * report without changing the period's settlement, and an unchanged report is left as it was.
 * On shutdown it stops between two periods (or inside a job, see {@code GracefulStop}).
 * A period whose published statements changed on disk (issue 11) is not settled either; the run
 * then fails (exit 1) naming the file, before any refusal is reported.
 */
@Component
public class NightlyCommand implements SettlementCommand {

    private final IngestCommand ingest;
    private final AcceptedLineRepository lines;
    private final SettleRunner settle;
    private final PeriodReporter report;
    private final GracefulStop gracefulStop;

    NightlyCommand(IngestCommand ingest, AcceptedLineRepository lines, SettleRunner settle, PeriodReporter report,
            GracefulStop gracefulStop) {
        this.ingest = ingest;
        this.lines = lines;
        this.settle = settle;
        this.report = report;
        this.gracefulStop = gracefulStop;
    }

    @Override
    public String name() {
        return "nightly";
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        out.println("nightly: ingest");
        int status = ingest.run(invocation, out);
        if (status != SettlementApplication.EXIT_DONE) {
            return status;
        }
        out.println("nightly: settle");
        Path output = invocation.outputDirectory(Commands.OUT);
        List<String> refused = new ArrayList<>();
        List<Period> settled = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Period period : lines.periodsWithAcceptedLines()) {
            gracefulStop.checkpoint();
            try {
                out.println(settle.settle(output, period).message());
                settled.add(period);
            } catch (RefusedException e) {
                out.println("period " + period + ": refused: " + e.getMessage());
                refused.add(period + " (" + e.getMessage() + ")");
            } catch (PublishedStatementsChangedException e) {
                out.println("period " + period + ": " + e.getMessage());
                changed.add(e.getMessage());
            }
        }
        out.println("nightly: report");
        for (Period period : settled) {
            gracefulStop.checkpoint();
            out.println(report.report(output, period).message());
        }
        if (!changed.isEmpty()) {
            // Exit 1, before any refusal: damaged published statements need someone first.
            throw new IllegalStateException(String.join("; ", changed)
                    + (refused.isEmpty() ? "" : "; settle also refused for " + String.join("; ", refused)));
        }
        if (!refused.isEmpty()) {
            throw new RefusedException("settle refused for " + String.join("; ", refused));
        }
        out.println("nightly: done");
        return status;
    }
}
