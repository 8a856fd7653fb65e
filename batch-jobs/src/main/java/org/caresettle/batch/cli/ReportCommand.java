package org.caresettle.batch.cli;

import java.io.PrintStream;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.report.PeriodReporter;
import org.caresettle.batch.run.RunRequest;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code report --data DIR --out DIR --period YYYY-MM}: the risk reports and overview of a settled
 * period, from the database. {@code --data} is required for a uniform command line (SPEC 13) and
 * must exist, but nothing is read from it.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Write the risk reports and the overview page of a settled period to OUT/reports/<period>/.")
final class ReportCommand extends ContextCommand {

    @Mixin
    DataFolder data;
    @Mixin
    OutFolder out;
    @Mixin
    PeriodOption period;
    @Mixin
    ReasonOption reason;

    @Override
    void check() {
        requireFolder("--data", data.path);
    }

    @Override
    RunRequest request() {
        return SettleCommand.periodRequest(name(), data, out, period);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        log.println(context.getBean(PeriodReporter.class).report(out.path, period.period).message());
        return ExitCode.DONE;
    }
}
