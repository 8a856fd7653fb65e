package org.caresettle.batch.report;

import java.io.PrintStream;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.SettlementCommand;
import org.springframework.stereotype.Component;

/**
 * {@code report --data DIR --out DIR --period YYYY-MM}: the risk reports and overview of a settled period,
 * from the database. {@code --data} is required for a uniform command line (SPEC 13) and must exist,
 * but nothing is read from it.
 */
@Component
public class ReportCommand implements SettlementCommand {

    private final PeriodReporter reporter;

    ReportCommand(PeriodReporter reporter) {
        this.reporter = reporter;
    }

    @Override
    public String name() {
        return "report";
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        invocation.existingDirectory(Commands.DATA);
        out.println(reporter.report(invocation.outputDirectory(Commands.OUT), invocation.period()).message());
        return SettlementApplication.EXIT_DONE;
    }
}
