package org.caresettle.batch.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.StandaloneCommand;
import org.caresettle.batch.cli.UsageException;
import org.caresettle.sampledata.generator.DataSetGenerator;
import org.caresettle.sampledata.generator.GenerationSummary;

/**
 * {@code generate --out DIR --lines N [--seed S]}: writes a synthetic national data set (SPEC 13)
 * with the sample-data generator. Needs no database, so it runs without Spring.
 */
public final class GenerateCommand implements StandaloneCommand {

    public static final String LINES = "lines";
    public static final String SEED = "seed";

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        long lines = number(invocation, LINES, null);
        long seed = number(invocation, SEED, DataSetGenerator.DEFAULT_SEED);
        Path folder = invocation.outputDirectory("out");
        GenerationSummary summary;
        try {
            summary = DataSetGenerator.generate(folder, lines, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.print(summary.describe());
        return SettlementApplication.EXIT_DONE;
    }

    private static long number(Invocation invocation, String option, Long fallback) {
        String text = invocation.option(option);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a whole number: '" + text + "'");
        }
    }
}
