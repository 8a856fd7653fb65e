package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.ingest.IngestRunner;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code ingest --data DIR --out DIR [--as-of YYYY-MM-DD] [--distributed]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Load DIR/reference/ (when changed) and ingest the new files of DIR/inbox/: check every "
                + "line, answer each file under OUT/responses/ and list it in OUT/files.csv.")
final class IngestCommand extends InboxRunCommand {

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        LocalDate businessDate = asOf.date != null ? asOf.date : LocalDate.now(context.getBean(Clock.class));
        context.getBean(IngestRunner.class).ingest(data.path, out.path, businessDate)
                .report(data.path, out.path, businessDate).forEach(log::println);
        return ExitCode.DONE;
    }
}
