package org.caresettle.sampledata.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.stream.Stream;

/**
 * Writes a synthetic national data set: {@code DIR/reference/} (the eight files of SPEC 3) and
 * {@code DIR/inbox/} with about the requested number of declaration lines, the same bytes for the
 * same seed. Periods 2026-08 to 2026-10; message dates on or before 2026-11-18, so any business
 * date from 2026-11-18 on (e.g. {@code --as-of 2026-11-23}) avoids 8848.
 */
public final class DataSetGenerator {

    public static final YearMonth FIRST_PERIOD = YearMonth.of(2026, 8);
    public static final int MONTHS = 3;
    public static final long DEFAULT_SEED = 1;
    public static final long MAX_LINES = 50_000_000L;

    private DataSetGenerator() {
    }

    /**
     * Generates into {@code out}, which must not hold a non-empty {@code reference/} or {@code inbox/}
     * folder (a data set is never mixed with an older one).
     *
     * @throws IllegalArgumentException for a bad line count or an output folder already in use
     */
    public static GenerationSummary generate(Path out, long lines, long seed) throws IOException {
        return generate(out, lines, seed, InboxShape.DEFAULT);
    }

    /** As {@link #generate(Path, long, long)}, with the inbox cut into files as {@code shape} says. */
    public static GenerationSummary generate(Path out, long lines, long seed, InboxShape shape) throws IOException {
        if (lines < 1 || lines > MAX_LINES) {
            throw new IllegalArgumentException("--lines must be between 1 and " + MAX_LINES + ": " + lines);
        }
        Path reference = out.resolve("reference");
        Path inbox = out.resolve("inbox");
        requireEmpty(reference);
        requireEmpty(inbox);
        long started = System.nanoTime();
        Files.createDirectories(reference);
        Files.createDirectories(inbox);
        ReferenceModel model = ReferenceModel.build(new Window(FIRST_PERIOD, MONTHS), lines, seed, shape);
        long referenceRows = ReferenceFiles.write(model, reference);
        InboxGenerator generator = new InboxGenerator(model, inbox, seed, shape);
        generator.run();
        long elapsed = System.nanoTime() - started;
        return new GenerationSummary(out, seed, shape, model.municipalities.size(), model.regions.size(),
                model.providers.size(), model.arrangements.size(), model.allocations.length, referenceRows,
                generator.xmlFiles, generator.csvFiles, generator.declarations, generator.debitLines,
                generator.creditLines, generator.totalErrorDeclarations, generator.expectedRejections, elapsed);
    }

    private static void requireEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " exists and is not a folder");
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException(folder + " is not empty; generate into a new folder");
            }
        }
    }
}
