package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.rerun.PeriodPublisher;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.settle.SettleRunner;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code settle --data DIR --out DIR --period YYYY-MM}. Everything it settles is in the database
 * (ingest put it there); {@code --data} is required for a uniform command line (SPEC 13) and must
 * exist, but nothing is read from it.
 */
@Command(name = "settle", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Settle the period: a new version of its statements under OUT/statements/ when its "
                + "inputs changed, nothing when they did not. With --preview: the same version, under "
                + "OUT/previews/<period>/<id>/ and published nowhere. With --settlement.publish=approval: "
                + "the preview, left as a rerun request that another user approves (see 'rerun').")
final class SettleCommand extends ContextCommand {

    @Mixin
    DataFolder data;
    @Mixin
    OutFolder out;
    @Mixin
    PeriodOption period;
    @Mixin
    DistributedOption distributed;
    @Mixin
    ReasonOption reason;

    @Option(names = "--preview", description = "Settle the period's next version in full but publish nothing: its "
            + "files (statements, corrections.csv, manifest) go to OUT/previews/<period>/<id>/, and a line per "
            + "municipality compares its total with the published version's.")
    boolean preview;

    @Override
    void check() {
        requireFolder("--data", data.path);
    }

    @Override
    RunRequest request() {
        RunRequest request = periodRequest(name(), data, out, period);
        if (!preview) {
            return request;
        }
        Map<String, String> options = new HashMap<>(request.options());
        options.put("preview", "true");
        return new RunRequest(request.command(), options, request.asOf(), request.period(), request.data(),
                request.out());
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        if (preview) {
            log.println(context.getBean(SettleRunner.class).preview(out.path, period.period).message());
        } else {
            log.println(context.getBean(PeriodPublisher.class).publish(out.path, period.period,
                    RunRequest.commandLineUser(), reason.reason, "settle " + period.period + ": the inputs changed")
                    .message());
        }
        return ExitCode.DONE;
    }

    @Override
    List<String> commandProperties() {
        return distributed.springProperties();
    }

    /** The run of a command over data, out and one period. */
    static RunRequest periodRequest(String command, DataFolder data, OutFolder out, PeriodOption period) {
        return new RunRequest(command, Map.of("data", data.path.toString(), "out", out.path.toString(),
                "period", period.period.toString()), null, period.period.toString(), data.path, out.path);
    }
}
