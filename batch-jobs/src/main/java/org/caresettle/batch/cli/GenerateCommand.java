package org.caresettle.batch.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.sampledata.generator.DataSetGenerator;
import org.caresettle.sampledata.generator.GenerationSummary;
import org.caresettle.sampledata.generator.InboxShape;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code generate --out DIR --lines N [--seed S] [--shape default|csv|xml|mix] ...}: writes a
 * synthetic national data set (SPEC 13) with the sample-data generator, its inbox cut into files
 * as the shape says (see {@link InboxShape}). Needs no database, so it runs without Spring.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Write a synthetic national data set (DIR/reference/, DIR/inbox/) of about N lines.")
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    private SettlementCli cli;
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the data set to.")
    Path out;
    @Option(names = "--lines", required = true, paramLabel = "N", description = "About how many declaration lines.")
    long lines;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "" + DataSetGenerator.DEFAULT_SEED,
            description = "The random seed: the same seed gives the same set (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--shape", paramLabel = "SHAPE", defaultValue = "default",
            description = "How the inbox is cut into files: default, csv, xml or mix (a national month's mix)"
                    + " (default: ${DEFAULT-VALUE}).")
    String shape;
    @Option(names = "--providers", paramLabel = "N", description = "The number of providers (default: the shape's).")
    Integer providers;
    @Option(names = "--xml-share", paramLabel = "F",
            description = "The share of lines declared in JW323/WMO323 messages, 0 to 1 (default: the shape's).")
    Double xmlShare;
    @Option(names = "--xml-lines", paramLabel = "N", description = "Lines per XML message (default: the shape's).")
    Integer xmlLines;
    @Option(names = "--shared-files", paramLabel = "F",
            description = "The share of CSV files naming several providers, 0 to 1 (default: the shape's).")
    Double sharedFiles;

    @Override
    public Integer call() throws Exception {
        GenerationSummary summary;
        try {
            summary = DataSetGenerator.generate(out, lines, seed, shape());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        cli.out().print(summary.describe());
        return ExitCode.DONE;
    }

    /** The named shape, with any of its settings given as options. */
    private InboxShape shape() {
        InboxShape chosen = InboxShape.named(shape.trim());
        if (providers != null) {
            chosen = chosen.withProviders(providers);
        }
        if (xmlShare != null) {
            chosen = chosen.withXmlShare(xmlShare);
        }
        if (xmlLines != null) {
            chosen = chosen.withXmlMessageLines(xmlLines);
        }
        if (sharedFiles != null) {
            chosen = chosen.withSharedFileShare(sharedFiles);
        }
        return chosen;
    }
}
