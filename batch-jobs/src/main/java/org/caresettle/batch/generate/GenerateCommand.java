package org.caresettle.batch.generate;

import java.io.PrintStream;
import java.nio.file.Path;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.StandaloneCommand;
import org.caresettle.batch.cli.UsageException;
import org.caresettle.sampledata.generator.DataSetGenerator;
import org.caresettle.sampledata.generator.GenerationSummary;
import org.caresettle.sampledata.generator.InboxShape;

/**
 * {@code generate --out DIR --lines N [--seed S] [--shape default|csv|xml|mix] [--providers N]
 * [--xml-share F] [--xml-lines N] [--shared-files F]}: writes a synthetic national data set (SPEC 13)
 * with the sample-data generator, its inbox cut into files as the shape says (see {@link InboxShape}).
 * Needs no database, so it runs without Spring.
 */
public final class GenerateCommand implements StandaloneCommand {

    public static final String LINES = "lines";
    public static final String SEED = "seed";
    public static final String SHAPE = "shape";
    public static final String PROVIDERS = "providers";
    public static final String XML_SHARE = "xml-share";
    public static final String XML_LINES = "xml-lines";
    public static final String SHARED_FILES = "shared-files";

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        long lines = number(invocation, LINES, null);
        long seed = number(invocation, SEED, DataSetGenerator.DEFAULT_SEED);
        Path folder = invocation.outputDirectory("out");
        GenerationSummary summary;
        try {
            summary = DataSetGenerator.generate(folder, lines, seed, shape(invocation));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.print(summary.describe());
        return SettlementApplication.EXIT_DONE;
    }

    /** The named shape (default: the first generator's), with any of its settings given as options. */
    private static InboxShape shape(Invocation invocation) {
        String name = invocation.option(SHAPE);
        InboxShape shape = name == null ? InboxShape.DEFAULT : InboxShape.named(name.trim());
        if (invocation.option(PROVIDERS) != null) {
            shape = shape.withProviders(Math.toIntExact(number(invocation, PROVIDERS, null)));
        }
        if (invocation.option(XML_SHARE) != null) {
            shape = shape.withXmlShare(share(invocation, XML_SHARE));
        }
        if (invocation.option(XML_LINES) != null) {
            shape = shape.withXmlMessageLines(Math.toIntExact(number(invocation, XML_LINES, null)));
        }
        if (invocation.option(SHARED_FILES) != null) {
            shape = shape.withSharedFileShare(share(invocation, SHARED_FILES));
        }
        return shape;
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

    private static double share(Invocation invocation, String option) {
        String text = invocation.option(option);
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a share between 0 and 1: '" + text + "'");
        }
    }
}
