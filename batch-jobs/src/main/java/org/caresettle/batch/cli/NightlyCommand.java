package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.List;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.nightly.NightlyRun;
import org.caresettle.batch.run.RunRequest;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nightly --data DIR --out DIR [--as-of YYYY-MM-DD] [--distributed]}: see {@link NightlyRun}. */
@Command(name = "nightly", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "The night's work: ingest, then settle every period whose inputs changed, then report "
                + "every settled period.")
final class NightlyCommand extends ContextCommand {

    @Mixin
    DataFolder data;
    @Mixin
    OutFolder out;
    @Mixin
    AsOfOption asOf;
    @Mixin
    DistributedOption distributed;
    @Mixin
    ReasonOption reason;

    @Override
    void check() {
        requireFolder("--data", data.path);
    }

    @Override
    RunRequest request() {
        return new RunRequest(name(), IngestCommand.options(data, out, asOf), asOf.date, null, data.path, out.path);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        context.getBean(NightlyRun.class).run(data.path, out.path, asOf.date, log);
        return ExitCode.DONE;
    }

    @Override
    List<String> commandProperties() {
        return distributed.springProperties();
    }
}
