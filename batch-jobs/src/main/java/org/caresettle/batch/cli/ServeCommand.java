package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.serve.NightlySchedule;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve [--data DIR --out DIR]}: runs the nightly on a schedule (see {@link NightlySchedule}),
 * with a web server for health and metrics; the only command that starts one. {@code serve} itself
 * is not a run: each nightly it starts is.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Run nightly on the schedule settlement.serve.cron (default 02:00 Europe/Amsterdam); "
                + "health and metrics over HTTP (--server.port=N, default 8080) until stopped.")
final class ServeCommand extends ContextCommand {

    @Option(names = "--data", paramLabel = "DIR",
            description = "The data folder (default: the property settlement.serve.data).")
    Path data;
    @Option(names = "--out", paramLabel = "DIR",
            description = "The output folder (default: the property settlement.serve.out).")
    Path out;

    @Override
    void check() {
        requireFolder("--data", data);
    }

    @Override
    RunRequest request() {
        return new RunRequest(name(), Map.of(), null, null, data, out);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        return context.getBean(NightlySchedule.class).serve(data, out, log, err());
    }

    @Override
    List<String> commandProperties() {
        // The console reads the statements of this out folder (settlement.serve.out), so the folders
        // given as options become the properties too, as absolute paths.
        List<String> properties = new ArrayList<>(List.of("--spring.main.web-application-type=servlet"));
        if (data != null) {
            properties.add("--settlement.serve.data=" + data.toAbsolutePath());
        }
        if (out != null) {
            properties.add("--settlement.serve.out=" + out.toAbsolutePath());
        }
        return properties;
    }
}
