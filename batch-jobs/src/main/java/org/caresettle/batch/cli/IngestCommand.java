package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.ingest.IngestRunner;
import org.caresettle.batch.run.RunRequest;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ingest --data DIR --out DIR [--as-of YYYY-MM-DD] [--distributed]}. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Load DIR/reference/ (when changed) and ingest the new files of DIR/inbox/: check every "
                + "line, answer each file under OUT/responses/ and list it in OUT/files.csv.")
final class IngestCommand extends ContextCommand {

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
        return new RunRequest(name(), options(data, out, asOf), asOf.date, null, data.path, out.path);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        LocalDate businessDate = asOf.date != null ? asOf.date : LocalDate.now(context.getBean(Clock.class));
        context.getBean(IngestRunner.class).ingest(data.path, out.path, businessDate)
                .report(data.path, out.path, businessDate).forEach(log::println);
        return ExitCode.DONE;
    }

    @Override
    List<String> commandProperties() {
        return distributed.springProperties();
    }

    /** The options the run log keeps for a command over data, out and an optional business date. */
    static Map<String, String> options(DataFolder data, OutFolder out, AsOfOption asOf) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("data", data.path.toString());
        options.put("out", out.path.toString());
        if (asOf.date != null) {
            options.put("as-of", asOf.date.toString());
        }
        return options;
    }
}
