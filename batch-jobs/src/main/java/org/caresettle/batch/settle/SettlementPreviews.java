package org.caresettle.batch.settle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import org.caresettle.batch.files.FileTrees;
import org.caresettle.batch.statement.DurableFolder;
import org.caresettle.batch.statement.StatementContent;
import org.caresettle.batch.statement.StatementCsvWriter;
import org.caresettle.batch.statement.WhatIfComparisonCsv;
import org.caresettle.core.reference.Municipality;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.Settlement;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.value.Money;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * Where a preview or a what-if (issue 14) puts a settled version instead of publishing it; neither
 * touches {@code statements/} or the database.
 * <ul>
 * <li>A preview writes the version's files, exactly as {@code settle} would publish them (same writer,
 *     same version number, corrections against the published version), into
 *     {@code OUT/previews/<period>/<id>/}; a version whose statements equal the published one's writes
 *     nothing, as {@code settle} would.</li>
 * <li>A what-if writes {@code OUT/whatif/<period>/<id>/comparison.csv}, per municipality the published
 *     and the what-if invoice total and pooling adjustment, and fails (exit 1) unless the differences
 *     add up to 0: a pooling key only moves money between municipalities.</li>
 * </ul>
 * The id is {@code v<N>-<yyyyMMddHHmmss>-<4 hex>} (N the version previewed, or the published version
 * a what-if compares with): sortable, and a folder of that name is never overwritten. Both are written
 * into a hidden {@code .<id>.tmp} sibling and renamed into view whole.
 */
@Component
class SettlementPreviews {

    static final String PREVIEWS = "previews";
    static final String WHATIF = "whatif";
    static final String COMPARISON = WhatIfComparisonCsv.FILE;
    static final List<String> COMPARISON_COLUMNS = WhatIfComparisonCsv.COLUMNS;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final StatementFilesWriter writer;
    private final Clock clock;

    SettlementPreviews(StatementFilesWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /** The published version compared with: its number, its invoice lines and its statements' SHA-256. */
    record Published(int number, List<StatementLine> invoiceLines, String statementsSha256) {
    }

    SettleOutcome preview(Path out, Settlement settlement, Optional<Published> published, ReferenceData reference,
            List<String> notes) throws IOException {
        Period period = settlement.period();
        Path periodFolder = out.resolve(PREVIEWS).resolve(period.toString());
        String id = newId(periodFolder, settlement.version());
        Path pending = Files.createDirectories(periodFolder.resolve("." + id + ".tmp"));
        List<String> all = new ArrayList<>(notes);
        Path folder = periodFolder.resolve(id);
        try {
            writer.write(pending, settlement, reference);
            if (published.isPresent() && StatementContent.sha256(pending).equals(published.get().statementsSha256())) {
                FileTrees.delete(pending);
                all.add("period " + period + ": inputs changed but the statements would be identical to v"
                        + published.get().number() + "; nothing to preview, nothing written");
                return new SettleOutcome(period, published.get().number(), false, String.join("\n", all));
            }
            Files.move(pending, folder, StandardCopyOption.ATOMIC_MOVE);
            DurableFolder.forceFolder(periodFolder);
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(pending);
            throw e;
        }
        Map<String, Long> before = published.map(p -> amounts(p.invoiceLines(), LineType.TOTAL)).orElse(Map.of());
        Map<String, Long> after = amounts(settlement.invoiceLines(), LineType.TOTAL);
        String was = published.map(p -> "v" + p.number()).orElse("none");
        all.add("period " + period + ": preview of v" + settlement.version() + " written to " + folder
                + " (nothing published; compared with the published " + was + ")");
        for (String code : codes(before, after)) {
            long previous = before.getOrDefault(code, 0L);
            long next = after.getOrDefault(code, 0L);
            all.add("  " + code + " " + name(reference, code) + ": published " + euros(previous) + ", preview "
                    + euros(next) + ", difference " + signedEuros(next - previous));
        }
        return new SettleOutcome(period, settlement.version(), true, String.join("\n", all), 0, 0,
                relative(out, folder));
    }

    SettleOutcome whatIf(Path out, Settlement settlement, Published published, Path poolingKey,
            ReferenceData reference, List<String> notes) throws IOException {
        Period period = settlement.period();
        Map<String, Long> publishedTotals = amounts(published.invoiceLines(), LineType.TOTAL);
        Map<String, Long> whatIfTotals = amounts(settlement.invoiceLines(), LineType.TOTAL);
        Map<String, Long> publishedPooling = amounts(published.invoiceLines(), LineType.POOLING_ADJUSTMENT);
        Map<String, Long> whatIfPooling = amounts(settlement.invoiceLines(), LineType.POOLING_ADJUSTMENT);
        SortedSet<String> codes = codes(publishedTotals, whatIfTotals);
        long differences = 0;
        for (String code : codes) {
            differences = Math.addExact(differences,
                    whatIfTotals.getOrDefault(code, 0L) - publishedTotals.getOrDefault(code, 0L));
        }
        if (differences != 0) {
            throw new IllegalStateException("invariant broken: the what-if's differences of " + period + " add up to "
                    + differences + " cents, not 0 (a pooling key only moves money between municipalities); nothing"
                    + " written");
        }
        Path periodFolder = out.resolve(WHATIF).resolve(period.toString());
        String id = newId(periodFolder, published.number());
        Path pending = Files.createDirectories(periodFolder.resolve("." + id + ".tmp"));
        Path folder = periodFolder.resolve(id);
        try {
            try (StatementCsvWriter csv = StatementCsvWriter.create(pending.resolve(COMPARISON), COMPARISON_COLUMNS)) {
                for (String code : codes) {
                    long before = publishedTotals.getOrDefault(code, 0L);
                    long after = whatIfTotals.getOrDefault(code, 0L);
                    csv.row(List.of(code, Long.toString(before), Long.toString(after), Long.toString(after - before),
                            Long.toString(publishedPooling.getOrDefault(code, 0L)),
                            Long.toString(whatIfPooling.getOrDefault(code, 0L))), after - before);
                }
                csv.finish();
            }
            DurableFolder.force(pending);
            Files.move(pending, folder, StandardCopyOption.ATOMIC_MOVE);
            DurableFolder.forceFolder(periodFolder);
        } catch (IOException | RuntimeException e) {
            FileTrees.delete(pending);
            throw e;
        }
        List<String> all = new ArrayList<>(notes);
        all.add("period " + period + ": what-if of v" + published.number() + " under the pooling key " + poolingKey
                + " written to " + folder.resolve(COMPARISON) + " (nothing published; the differences add up to 0.00)");
        for (String code : codes) {
            long before = publishedTotals.getOrDefault(code, 0L);
            long after = whatIfTotals.getOrDefault(code, 0L);
            all.add("  " + code + " " + name(reference, code) + ": published " + euros(before) + ", what-if "
                    + euros(after) + ", difference " + signedEuros(after - before) + " (pooling adjustment "
                    + euros(publishedPooling.getOrDefault(code, 0L)) + " -> "
                    + euros(whatIfPooling.getOrDefault(code, 0L)) + ")");
        }
        return new SettleOutcome(period, published.number(), true, String.join("\n", all), 0, 0,
                relative(out, folder));
    }

    /** A folder under {@code out} as the run record names it: relative to {@code out}, with slashes. */
    private static String relative(Path out, Path folder) {
        return out.relativize(folder).toString().replace('\\', '/');
    }

    /** A new id in {@code periodFolder}: neither it nor its pending folder exists. */
    private String newId(Path periodFolder, int version) {
        String stamp = "v" + version + "-" + LocalDateTime.now(clock).format(STAMP) + "-";
        while (true) {
            String id = stamp + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt(1 << 16));
            if (!Files.exists(periodFolder.resolve(id)) && !Files.exists(periodFolder.resolve("." + id + ".tmp"))) {
                return id;
            }
        }
    }

    /** The amount of one line type per municipality (TOTAL and POOLING_ADJUSTMENT: one line each). */
    private static Map<String, Long> amounts(List<StatementLine> invoiceLines, LineType type) {
        Map<String, Long> amounts = new TreeMap<>();
        for (StatementLine line : invoiceLines) {
            if (line.type() == type) {
                amounts.merge(line.key().municipality().value(), line.amountCents(), Math::addExact);
            }
        }
        return amounts;
    }

    private static SortedSet<String> codes(Map<String, Long> before, Map<String, Long> after) {
        SortedSet<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        return codes;
    }

    private static String name(ReferenceData reference, String code) {
        return reference.municipality(MunicipalityCode.of(code)).map(Municipality::name).orElse("(unknown)");
    }

    private static String euros(long cents) {
        return Money.ofCents(cents).toEuroString();
    }

    private static String signedEuros(long cents) {
        return (cents > 0 ? "+" : "") + euros(cents);
    }
}
