package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.export.VersionExporter;
import org.caresettle.batch.run.RunRequest;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export --out DIR --period YYYY-MM [--version N]}: (re)writes the Excel workbooks of a published
 * version from its statement files (issue 15), e.g. for a version published before workbooks existed.
 * The database gives only the names beside the codes. An export that exists with the same bytes is left
 * as it is; one that differs is refused (exit 2), never overwritten.
 */
@Command(name = "export", description = "Write the Excel workbooks of a published version (the latest, or --version N)"
        + " to OUT/exports/<period>/v<N>/ from its statement files.")
final class ExportCommand extends ContextCommand {

    // Not the standard help options: this command's --version is a statement version, as verify's.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    OutFolder out;
    @Mixin
    PeriodOption period;
    @Mixin
    StatementVersionOption version;

    @Override
    RunRequest request() {
        Map<String, String> options = new HashMap<>(Map.of("out", out.path.toString(), "period",
                period.period.toString()));
        if (version.version != null) {
            options.put("version", version.version.toString());
        }
        return new RunRequest(name(), options, null, period.period.toString(), null, out.path);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws Exception {
        log.println(context.getBean(VersionExporter.class).export(out.path, period.period,
                version.version()).message());
        return ExitCode.DONE;
    }
}
