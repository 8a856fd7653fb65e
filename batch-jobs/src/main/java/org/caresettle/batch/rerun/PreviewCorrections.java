package org.caresettle.batch.rerun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.caresettle.batch.rerun.PreviewFigures.MunicipalityTotal;
import org.caresettle.batch.statement.CorrectionCsv;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.settlement.Correction;
import org.caresettle.core.settlement.LineType;
import org.caresettle.core.settlement.StatementLine;
import org.caresettle.core.value.Period;
import org.springframework.stereotype.Component;

/**
 * Reads a rerun's preview back from its folder for the console (issue 14): the new totals from the
 * TOTAL line of each {@code invoice_<municipality>.csv}, and what the published version had from the
 * TOTAL rows of {@code corrections.csv} (a municipality without one did not move). A preview of a
 * period's first version has no {@code corrections.csv}: everything in it is new. Nothing is read
 * from the database: what the page shows is what the approver's version will hold.
 */
@Component
public class PreviewCorrections {

    /** The preview's figures; empty when its folder is gone (previews may be archived or deleted). */
    public Optional<PreviewFigures> of(Path out, Rerun rerun) {
        Path folder = out.resolve(rerun.previewFolder()).normalize();
        if (!folder.startsWith(out.normalize()) || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Period period = Period.parse(rerun.period());
        int version = rerun.previewVersion();
        Map<String, Long> previewTotals = invoiceTotals(folder, period, version);
        Path correctionsFile = folder.resolve(CorrectionCsv.FILE);
        List<Correction> corrections = Files.isRegularFile(correctionsFile)
                ? StatementCsvReader.read(correctionsFile, CorrectionCsv.COLUMNS).stream()
                        .map(row -> CorrectionCsv.parse(row, period, version)).toList()
                : List.of();
        Map<String, Long> publishedTotals = new TreeMap<>(version == 1 ? Map.of() : previewTotals);
        for (Correction correction : corrections) {
            if (correction.key().type() == LineType.TOTAL) {
                publishedTotals.put(correction.key().municipality().value(), correction.previousCents());
            }
        }
        TreeMap<String, MunicipalityTotal> totals = new TreeMap<>();
        publishedTotals.forEach((code, cents) -> totals.put(code, new MunicipalityTotal(code, cents, 0)));
        previewTotals.forEach((code, cents) -> totals.put(code,
                new MunicipalityTotal(code, publishedTotals.getOrDefault(code, 0L), cents)));
        return Optional.of(new PreviewFigures(new ArrayList<>(totals.values()), corrections));
    }

    private static Map<String, Long> invoiceTotals(Path folder, Period period, int version) {
        Map<String, Long> totals = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String municipality = StatementKind.INVOICE.ownerOf(file.getFileName().toString());
                if (municipality == null) {
                    continue;
                }
                StatementCsvReader.forEach(file, StatementKind.INVOICE.columns(), row -> {
                    StatementLine line = StatementKind.INVOICE.parse(row, municipality, period, version);
                    if (line.type() == LineType.TOTAL) {
                        totals.put(municipality, line.amountCents());
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return totals;
    }
}
