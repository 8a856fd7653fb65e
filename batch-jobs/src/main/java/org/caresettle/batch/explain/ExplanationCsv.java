package org.caresettle.batch.explain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caresettle.batch.csv.CsvCells;
import org.caresettle.core.explain.Component;
import org.caresettle.core.explain.InvoiceDifference;
import org.caresettle.core.explain.LineDifference;
import org.caresettle.core.settlement.StatementLineKey;

/**
 * {@code explain --csv}: the explanation as rows to filter and sum. Per comparison ({@code period}, then
 * {@code version}) one row per changed invoice line, largest first as the text has them, then one
 * {@code TOTAL} row: the invoice TOTALs of both sides, their difference and the components summed.
 * The {@code difference_cents} of a comparison's lines add up to its TOTAL row's, and so do the five
 * component columns ({@code volume_cents} ... {@code pooling_cents}) of every row: the check the text
 * ends with. Cents only, as the statements' {@code amount_cents}; codes as text, guarded like the
 * statements' cells. The declaration lines behind a line stay in the text and the detail files.
 */
public final class ExplanationCsv {

    static final List<String> COLUMNS = List.of("comparison", "previous", "current", "line_type", "provider_agb", "law",
            "category", "code", "financing", "unit", "previous_volume", "new_volume", "previous_cents", "new_cents",
            "difference_cents", "volume_cents", "tariff_cents", "release_cents", "availability_cents", "pooling_cents");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(COLUMNS.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();

    private ExplanationCsv() {
    }

    public static String of(Explanation explanation) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, FORMAT)) {
            comparison(printer, "period", explanation.againstPreviousPeriod());
            comparison(printer, "version", explanation.againstPreviousVersion());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void comparison(CSVPrinter printer, String kind, Optional<Comparison> comparison) throws IOException {
        if (comparison.isEmpty()) {
            return;
        }
        Comparison c = comparison.get();
        InvoiceDifference difference = c.difference();
        for (LineDifference line : difference.lines()) {
            StatementLineKey key = line.key();
            List<Object> row = new ArrayList<>(List.of(kind, c.previous().toString(), c.current().toString(),
                    key.type().name()));
            row.add(key.provider() == null ? "" : CsvCells.guard(key.provider().value()));
            row.add(key.law() == null ? "" : key.law().name());
            row.add(key.category() == null ? "" : CsvCells.guard(key.category()));
            row.add(key.code() == null ? "" : CsvCells.guard(key.code()));
            row.add(key.financing() == null ? "" : key.financing().name());
            row.add(key.unit() == null ? "" : key.unit().code());
            row.add(line.previousVolume());
            row.add(line.newVolume());
            row.add(line.previousCents());
            row.add(line.newCents());
            row.add(line.differenceCents());
            for (Component component : Component.values()) {
                row.add(line.effectCents(component));
            }
            printer.printRecord(row);
        }
        List<Object> total = new ArrayList<>(List.of(kind, c.previous().toString(), c.current().toString(), "TOTAL",
                "", "", "", "", "", "", "", ""));
        total.add(difference.previousTotalCents());
        total.add(difference.newTotalCents());
        total.add(difference.differenceCents());
        for (Component component : Component.values()) {
            total.add(difference.componentCents(component));
        }
        printer.printRecord(total);
    }
}
