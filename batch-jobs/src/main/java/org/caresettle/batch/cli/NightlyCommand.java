package org.caresettle.batch.cli;

import java.io.PrintStream;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.nightly.NightlyRun;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/** {@code nightly --data DIR --out DIR [--as-of YYYY-MM-DD] [--distributed]}: see {@link NightlyRun}. */
@Command(name = "nightly", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "The night's work: ingest, then settle every period whose inputs changed, then report "
                + "every settled period.")
final class NightlyCommand extends InboxRunCommand {

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        context.getBean(NightlyRun.class).run(data.path, out.path, asOf.date, log);
        return ExitCode.DONE;
    }
}
