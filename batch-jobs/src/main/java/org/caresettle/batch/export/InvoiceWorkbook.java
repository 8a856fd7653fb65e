package org.caresettle.batch.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.caresettle.batch.export.TableSheet.Column;
import org.caresettle.batch.export.TableSheet.Kind;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.statement.CorrectionCsv;
import org.caresettle.batch.statement.DetailCsv;
import org.caresettle.batch.statement.RowValues;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.batch.statement.StatementKind;
import org.caresettle.core.value.Period;

/**
 * One municipality's workbook of one version, read from its statement files: the sheet {@code Factuur}
 * (every invoice line as in {@code invoice_<m>.csv}, names beside the codes, TOTAL last and in bold, the
 * same cents as the CSV), {@code Regels} (every line of {@code detail_<m>.csv}; clients by pseudonym, as
 * there) and, from version 2 on, {@code Correcties} (the municipality's rows of {@code corrections.csv}).
 * Streamed: only a window of rows is in memory, whatever the size of the detail file.
 */
final class InvoiceWorkbook {

    /** Rows kept in memory per sheet while streaming; older rows go to a temporary file. */
    private static final int WINDOW = 200;

    static {
        JdkTransformerFactory.nameUnlessSet();
    }

    private final WorkbookTexts texts;
    private final ReferenceNames names;

    InvoiceWorkbook(WorkbookTexts texts, ReferenceNames names) {
        this.texts = texts;
        this.names = names;
    }

    /** Writes {@code target}; {@code corrections} are the municipality's rows, absent for a version 1. */
    void write(Path target, Path versionFolder, String municipality, Period period, int version,
            Optional<List<StatementCsvReader.Row>> corrections) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            // No creation time: equal statements give an equal workbook, byte for byte.
            workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
            TableSheet.Styles styles = new TableSheet.Styles(workbook);
            String invoiceFile = StatementKind.INVOICE.fileName(municipality);
            writeInvoice(workbook, styles, versionFolder.resolve(invoiceFile), municipality, period, version,
                    "statements/" + period + "/v" + version + "/" + invoiceFile);
            writeDetails(workbook, styles, versionFolder.resolve(DetailCsv.fileName(municipality)));
            if (corrections.isPresent()) {
                writeCorrections(workbook, styles, corrections.get());
            }
            try (OutputStream file = Files.newOutputStream(target)) {
                workbook.write(file);
            }
        } finally {
            discard(workbook);
        }
    }

    /**
     * Removes the workbook's temporary sheet files. Not {@code close()}: a new POI workbook lives in an
     * in-memory package that {@code close()} saves once more, zipped, into memory, only to drop it (a tenth
     * of a small workbook's CPU); the package holds no file or other resource, so there is nothing else to
     * release.
     */
    @SuppressWarnings("deprecation") // dispose() is what close() itself calls for the temporary files
    private static void discard(SXSSFWorkbook workbook) {
        workbook.dispose();
    }

    private void writeInvoice(SXSSFWorkbook workbook, TableSheet.Styles styles, Path csv, String municipality,
            Period period, int version, String source) {
        List<List<String>> about = List.of(
                List.of(texts.text("export.about.municipality"), municipality, names.municipality(municipality)),
                List.of(texts.text("export.about.period"), period.toString()),
                List.of(texts.text("export.about.version"), Integer.toString(version)),
                List.of(texts.text("export.about.source"), source),
                List.of(texts.text("export.about.note")));
        TableSheet sheet = new TableSheet(workbook, styles, texts.text("export.sheet.invoice"), withProductColumns(
                new Column(texts.text("col.lineCount"), Kind.INTEGER, 9),
                new Column(texts.text("col.volume"), Kind.INTEGER, 10),
                new Column(texts.text("col.unit"), Kind.TEXT, 8),
                new Column(texts.text("col.withheld"), Kind.EURO_FROM_CENTS, 16),
                new Column(texts.text("col.amount"), Kind.EURO_FROM_CENTS, 18)), about);
        List<String> columns = StatementKind.INVOICE.columns();
        StatementCsvReader.forEach(csv, columns, row -> {
            RowValues line = new RowValues(row, columns);
            String type = line.text(StatementKind.LINE_TYPE);
            sheet.row(withProductCells(line,
                    line.text("line_count"),
                    line.text("volume"),
                    line.text("unit"),
                    line.text("withheld_cents"),
                    line.text(StatementKind.AMOUNT_CENTS)), "TOTAL".equals(type));
        });
        sheet.finish();
    }

    private void writeDetails(SXSSFWorkbook workbook, TableSheet.Styles styles, Path csv) {
        TableSheet sheet = new TableSheet(workbook, styles, texts.text("export.sheet.details"), List.of(
                new Column(texts.text("export.col.inboxFile"), Kind.TEXT, 30),
                new Column(texts.text("export.col.messageId"), Kind.TEXT, 14),
                new Column(texts.text("col.reference"), Kind.TEXT, 16),
                new Column(texts.text("col.previousReference"), Kind.TEXT, 16),
                new Column(texts.text("col.allocation"), Kind.TEXT, 12),
                new Column(texts.text("col.client"), Kind.TEXT, 20),
                new Column(texts.text("col.provider"), Kind.TEXT, 12),
                new Column(texts.text("export.col.providerName"), Kind.TEXT, 30),
                new Column(texts.text("col.law"), Kind.TEXT, 6),
                new Column(texts.text("export.col.category"), Kind.TEXT, 10),
                new Column(texts.text("export.col.code"), Kind.TEXT, 12),
                new Column(texts.text("export.col.productName"), Kind.TEXT, 48),
                new Column(texts.text("col.financing"), Kind.TEXT, 16),
                new Column(texts.text("col.start"), Kind.TEXT, 12),
                new Column(texts.text("col.end"), Kind.TEXT, 12),
                new Column(texts.text("col.dc"), Kind.TEXT, 5),
                new Column(texts.text("col.volume"), Kind.INTEGER, 10),
                new Column(texts.text("col.unit"), Kind.TEXT, 8),
                new Column(texts.text("col.amount"), Kind.EURO_FROM_CENTS, 16),
                new Column(texts.text("col.withheld"), Kind.EURO_FROM_CENTS, 16),
                new Column(texts.text("export.col.cost"), Kind.EURO_FROM_CENTS, 16)), List.of());
        List<String> columns = DetailCsv.COLUMNS;
        StatementCsvReader.forEach(csv, columns, row -> {
            RowValues line = new RowValues(row, columns);
            String provider = line.text("provider_agb");
            sheet.row(Arrays.asList(
                    line.text("inbox_file"),
                    line.text("message_id"),
                    line.text("reference"),
                    line.text("previous_reference"),
                    line.text("allocation_number"),
                    line.text("client"),
                    provider,
                    names.provider(provider),
                    line.text("law"),
                    line.text("category"),
                    line.text("code"),
                    names.product(line.text("law"), line.text("category"), line.text("code")),
                    texts.label("financing.", line.text("financing")),
                    line.text("product_start"),
                    line.text("product_end"),
                    line.text("dc"),
                    line.text("volume"),
                    line.text("unit"),
                    line.text("amount_cents"),
                    line.text("withheld_cents"),
                    line.text("cost_cents")), false);
        });
        sheet.finish();
    }

    private void writeCorrections(SXSSFWorkbook workbook, TableSheet.Styles styles,
            List<StatementCsvReader.Row> corrections) {
        TableSheet sheet = new TableSheet(workbook, styles, texts.text("export.sheet.corrections"), withProductColumns(
                new Column(texts.text("col.unit"), Kind.TEXT, 8),
                new Column(texts.text("export.col.change"), Kind.TEXT, 12),
                new Column(texts.text("col.previous"), Kind.EURO_FROM_CENTS, 16),
                new Column(texts.text("col.new"), Kind.EURO_FROM_CENTS, 16),
                new Column(texts.text("col.difference"), Kind.EURO_FROM_CENTS, 16)), List.of());
        List<String> columns = CorrectionCsv.COLUMNS;
        for (StatementCsvReader.Row row : corrections) {
            RowValues line = new RowValues(row, columns);
            String type = line.text(StatementKind.LINE_TYPE);
            sheet.row(withProductCells(line,
                    line.text("unit"),
                    texts.label("export.change.", line.text("change")),
                    line.text("previous_amount_cents"),
                    line.text("new_amount_cents"),
                    line.text("difference_cents")), "TOTAL".equals(type));
        }
        sheet.finish();
    }

    /**
     * The invoice and corrections sheets both start with the line type and the product it is about,
     * provider and product named beside their codes; {@code rest} follows.
     */
    private List<Column> withProductColumns(Column... rest) {
        List<Column> columns = new ArrayList<>(List.of(
                new Column(texts.text("col.lineType"), Kind.TEXT, 22),
                new Column(texts.text("col.provider"), Kind.TEXT, 12),
                new Column(texts.text("export.col.providerName"), Kind.TEXT, 30),
                new Column(texts.text("col.law"), Kind.TEXT, 6),
                new Column(texts.text("export.col.category"), Kind.TEXT, 10),
                new Column(texts.text("export.col.code"), Kind.TEXT, 12),
                new Column(texts.text("export.col.productName"), Kind.TEXT, 48),
                new Column(texts.text("col.financing"), Kind.TEXT, 16)));
        columns.addAll(Arrays.asList(rest));
        return columns;
    }

    /** The cells under {@link #withProductColumns}; a cell may be null (an empty cell). */
    private List<String> withProductCells(RowValues line, String... rest) {
        String law = line.text("law");
        String category = line.text("category");
        String code = line.text("code");
        List<String> cells = new ArrayList<>(Arrays.asList(
                texts.label("linetype.", line.text(StatementKind.LINE_TYPE)),
                line.text("provider_agb"),
                names.provider(line.text("provider_agb")),
                law,
                category,
                code,
                names.product(law, category, code),
                texts.label("financing.", line.text("financing"))));
        cells.addAll(Arrays.asList(rest));
        return cells;
    }
}
