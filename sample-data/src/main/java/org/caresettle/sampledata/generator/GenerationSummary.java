package org.caresettle.sampledata.generator;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a generation wrote. {@code expectedRejections} counts the lines meant to be rejected, by
 * the deliberate fault (a return code of SPEC 4.2/4.3; {@code TR358} for every line of a declaration
 * with a wrong total). The engine may name more codes for one line (a wrong category also has no
 * arrangement: 9339 and 0611), never fewer rejected lines.
 */
public record GenerationSummary(Path out, long seed, InboxShape shape, int municipalities, int regions, int providers,
        int arrangements, int allocations, long referenceRows, long xmlFiles, long csvFiles, long declarations,
        long debitLines, long creditLines, long wrongTotalDeclarations, Map<String, Long> expectedRejections,
        long elapsedNanos) {

    public GenerationSummary {
        expectedRejections = Map.copyOf(expectedRejections);
    }

    public long lines() {
        return debitLines + creditLines;
    }

    public long rejectedLines() {
        return expectedRejections.values().stream().mapToLong(Long::longValue).sum();
    }

    public double linesPerSecond() {
        return elapsedNanos == 0 ? 0 : lines() * 1e9 / elapsedNanos;
    }

    /** A few lines for standard output. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append("generated ").append(out.toAbsolutePath().normalize()).append(" (seed ").append(seed);
        if (!shape.equals(InboxShape.DEFAULT)) {
            text.append(", shape ").append(shape.describe());
        }
        text.append(")\n");
        text.append("reference: ").append(municipalities).append(" municipalities in ").append(regions)
                .append(" regions, ").append(providers).append(" providers, ").append(arrangements)
                .append(" arrangements, ").append(allocations).append(" allocations (")
                .append(referenceRows).append(" rows in 8 files)\n");
        text.append("inbox: ").append(xmlFiles + csvFiles).append(" files (").append(xmlFiles).append(" XML, ")
                .append(csvFiles).append(" CSV), ").append(declarations).append(" declarations, ").append(lines())
                .append(" lines (").append(debitLines).append(" debit, ").append(creditLines).append(" credit), periods ")
                .append(DataSetGenerator.FIRST_PERIOD).append("..")
                .append(DataSetGenerator.FIRST_PERIOD.plusMonths(DataSetGenerator.MONTHS - 1)).append('\n');
        long rejected = rejectedLines();
        text.append("expected rejections: ").append(rejected).append(" lines (")
                .append(percent(rejected, lines())).append("), ").append(wrongTotalDeclarations)
                .append(" declarations with a wrong total (TR358)\n  by fault:");
        new java.util.TreeMap<>(expectedRejections).forEach((code, count) ->
                text.append(' ').append(code).append('=').append(count));
        text.append('\n');
        text.append("ingest with --as-of 2026-11-23 or later; written in ")
                .append(elapsedNanos / 1_000_000).append(" ms (").append(Math.round(linesPerSecond()))
                .append(" lines/s)\n");
        return text.toString();
    }

    private static String percent(long part, long whole) {
        if (whole == 0) {
            return "0.00%";
        }
        long basis = Math.round(part * 10000.0 / whole);
        return basis / 100 + "." + (basis % 100 < 10 ? "0" : "") + basis % 100 + "%";
    }
}
