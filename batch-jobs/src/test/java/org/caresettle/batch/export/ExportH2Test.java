package org.caresettle.batch.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.batch.files.FileTrees;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: every published version gets its Excel workbooks, read back here with POI's own reader. The
 * sample night runs once; each test reads or changes what it leaves (and puts back what it changed).
 */
@SlowTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportH2Test {

    private static final List<String> PERIODS = List.of("2026-08", "2026-09", "2026-10");

    /** Static: the class's one night is run before any test instance field is set. */
    @TempDir
    static Path temp;

    TestDatabase database;
    Path data;
    Path out;

    @BeforeAll
    void nightly() {
        database = TestDatabases.h2();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        CliRun nightly = nightly("2026-11-23");
        assertThat(nightly.exitStatus()).as(nightly.err()).isZero();
        assertThat(nightly.out()).contains("workbooks of v1 written to");
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void everyInvoiceHasAWorkbookWhoseTotalIsTheCsvTotal() throws IOException {
        for (String period : PERIODS) {
            Path statements = out.resolve("statements/" + period + "/v1");
            Path exports = out.resolve("exports/" + period + "/v1");
            List<String> municipalities = invoiced(statements);
            assertThat(municipalities).as(period).isNotEmpty();
            List<String> expected = new ArrayList<>(municipalities.stream().map(m -> "invoice_" + m + ".xlsx").toList());
            expected.add("manifest.csv");
            assertThat(names(exports)).containsExactlyInAnyOrderElementsOf(expected);
            for (String municipality : municipalities) {
                List<CSVRecord> invoice = records(statements.resolve("invoice_" + municipality + ".csv"));
                List<CSVRecord> details = records(statements.resolve("detail_" + municipality + ".csv"));
                try (XSSFWorkbook workbook = open(exports.resolve("invoice_" + municipality + ".xlsx"))) {
                    assertThat(sheetNames(workbook)).containsExactly("Factuur", "Regels");
                    checkInvoiceSheet(workbook.getSheet("Factuur"), municipality, period, invoice);
                    checkDetailSheet(workbook.getSheet("Regels"), details);
                }
            }
        }
    }

    @Test
    void theExportsManifestListsEveryWorkbookWithItsSizeAndHash() throws IOException {
        Path exports = out.resolve("exports/2026-10/v1");
        List<CSVRecord> manifest = records(exports.resolve("manifest.csv"));
        assertThat(manifest).extracting(r -> r.get("file")).containsExactlyElementsOf(
                names(exports).stream().filter(name -> !name.equals("manifest.csv")).sorted().toList());
        for (CSVRecord entry : manifest) {
            Path file = exports.resolve(entry.get("file"));
            assertThat(Long.parseLong(entry.get("bytes"))).isEqualTo(Files.size(file));
            assertThat(entry.get("sha256")).isEqualTo(Sha256.ofFile(file));
        }
        assertThat(records(out.resolve("statements/2026-10/v1/manifest.csv"))).extracting(r -> r.get("file"))
                .as("the statements' manifest does not list the exports").noneMatch(name -> name.endsWith(".xlsx"));
    }

    @Test
    void theExportCommandKeepsAnEqualExportAndRefusesADifferentOne() throws IOException {
        Path exports = out.resolve("exports/2026-10/v1");
        Path workbook = exports.resolve("invoice_0405.xlsx");
        byte[] original = Files.readAllBytes(workbook);

        CliRun again = export("2026-10");
        assertThat(again.exitStatus()).as(again.err()).isZero();
        assertThat(again.out()).contains("workbooks of v1 unchanged");

        Files.write(workbook, new byte[] {0}, StandardOpenOption.APPEND);
        CliRun different = export("2026-10");
        assertThat(different.exitStatus()).isEqualTo(2);
        assertThat(different.err()).contains("exports/2026-10/v1 exists and differs").contains("invoice_0405.xlsx");
        assertThat(Files.size(workbook)).as("left as it was").isEqualTo(original.length + 1L);

        FileTrees.delete(exports);
        CliRun rewritten = export("2026-10", "--version", "1");
        assertThat(rewritten.exitStatus()).as(rewritten.err()).isZero();
        assertThat(rewritten.out()).contains("workbooks of v1 written to");
        assertThat(Files.readAllBytes(workbook)).as("equal statements give equal bytes").isEqualTo(original);
        assertThat(names(out.resolve("exports/2026-10"))).containsExactly("v1");
    }

    /**
     * Issue 17: the workbooks are written on several threads; one at a time they come out byte for byte the
     * same (each is built from its own files alone), on 4 threads too, more than the sample's cores.
     */
    @Test
    void workbooksWrittenOnOneThreadOrSeveralAreTheSameBytes() throws IOException {
        Path exports = out.resolve("exports/2026-10/v1");
        Path written = temp.resolve("exports-2026-10-v1-nightly");
        Files.createDirectories(written);
        for (String name : names(exports)) {
            Files.copy(exports.resolve(name), written.resolve(name));
        }
        for (String threads : List.of("1", "4")) {
            FileTrees.delete(exports);
            CliRun export = export("2026-10", "--settlement.export.threads=" + threads);
            assertThat(export.exitStatus()).as(export.err()).isZero();
            assertThat(names(exports)).containsExactlyInAnyOrderElementsOf(names(written));
            for (String name : names(written)) {
                assertThat(Files.mismatch(exports.resolve(name), written.resolve(name))).as(threads + " threads: " + name)
                        .isEqualTo(-1L);
            }
        }
    }

    @Test
    void aFailedExportLeavesNothingInView() throws IOException {
        Path exports = out.resolve("exports/2026-09/v1");
        Path copy = temp.resolve("exports-2026-09-v1");
        Files.createDirectories(copy);
        for (String name : names(exports)) {
            Files.copy(exports.resolve(name), copy.resolve(name));
        }
        FileTrees.delete(exports);
        Path detail = out.resolve("statements/2026-09/v1").resolve(detailFile(out.resolve("statements/2026-09/v1")));
        byte[] statement = Files.readAllBytes(detail);
        try {
            Files.writeString(detail, "changed", StandardOpenOption.APPEND);

            CliRun export = export("2026-09");

            assertThat(export.exitStatus()).isEqualTo(1);
            assertThat(export.err()).contains(detail.getFileName().toString()).contains("SHA-256");
            assertThat(names(out.resolve("exports/2026-09"))).as("no version, no pending folder").isEmpty();
        } finally {
            Files.write(detail, statement);
            Files.createDirectories(exports);
            for (String name : names(copy)) {
                Files.copy(copy.resolve(name), exports.resolve(name));
            }
        }
    }

    @Test
    void aNewVersionGetsItsCorrectionsSheetAndRefreshesThePeriodsReports() throws IOException {
        Files.writeString(data.resolve("inbox/2026-11-22_41710148_11.csv"), Files.readString(
                data.resolve("inbox/2026-09-04_41710148_01.csv")).lines().findFirst().orElseThrow() + "\n"
                + "KO26080388X;2026-11-22;41710148;0388;JW;KOD26080388X;2026-08-01;2026-08-31;2026-11-21;10200;D;"
                + "999900614;KO260800097;;2239049;45;45A02;2026-08-20;2026-08-31;1;04;10200;10200;D\n");

        CliRun nightly = nightly("2026-11-24");

        assertThat(nightly.exitStatus()).as(nightly.err()).isZero();
        assertThat(nightly.out()).contains("period 2026-08: v2 written").contains("workbooks of v2 written to");
        // The settle refreshed the period's reports: they speak of v2, as the statements do.
        for (Path risk : files(out.resolve("reports/2026-08"), ".csv")) {
            if (!risk.getFileName().toString().startsWith("risk_")) {
                continue; // the results, landscape and signals reports (issue 16) have no version column
            }
            assertThat(records(risk)).extracting(r -> r.get("version")).as(risk.toString()).containsOnly("2");
        }
        Path statements = out.resolve("statements/2026-08/v2");
        List<CSVRecord> corrections = records(statements.resolve("corrections.csv"));
        try (XSSFWorkbook workbook = open(out.resolve("exports/2026-08/v2/invoice_0388.xlsx"))) {
            assertThat(sheetNames(workbook)).containsExactly("Factuur", "Regels", "Correcties");
            checkInvoiceSheet(workbook.getSheet("Factuur"), "0388", "2026-08",
                    records(statements.resolve("invoice_0388.csv")));
            Sheet sheet = workbook.getSheet("Correcties");
            long expected = corrections.stream().filter(r -> r.get("municipality_code").equals("0388")).count();
            assertThat(sheet.getLastRowNum()).isEqualTo((int) expected);
            long difference = corrections.stream().filter(r -> r.get("municipality_code").equals("0388"))
                    .filter(r -> !r.get("line_type").equals("TOTAL"))
                    .mapToLong(r -> Long.parseLong(r.get("difference_cents"))).sum();
            long inSheet = 0;
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (!row.getCell(0).getStringCellValue().equals("Totaal")) {
                    inSheet += cents(row.getCell(12));
                }
            }
            assertThat(inSheet).isEqualTo(difference).isNotZero();
        }
        assertThat(names(out.resolve("exports/2026-08"))).containsExactly("v1", "v2");
    }

    /** The invoice sheet: the about lines, then one row per CSV line, codes as text, the TOTAL to the cent. */
    private static void checkInvoiceSheet(Sheet sheet, String municipality, String period, List<CSVRecord> invoice) {
        assertThat(text(sheet.getRow(0).getCell(1))).isEqualTo(municipality);
        assertThat(text(sheet.getRow(0).getCell(2))).as("the municipality's name").isNotBlank();
        assertThat(text(sheet.getRow(1).getCell(1))).isEqualTo(period);
        int header = 6;
        assertThat(text(sheet.getRow(header).getCell(0))).isEqualTo("Soort regel");
        assertThat(sheet.getLastRowNum()).isEqualTo(header + invoice.size());
        for (int i = 0; i < invoice.size(); i++) {
            CSVRecord line = invoice.get(i);
            Row row = sheet.getRow(header + 1 + i);
            assertThat(cents(row.getCell(12))).as(municipality + " line " + i)
                    .isEqualTo(Long.parseLong(line.get("amount_cents")));
            assertThat(textOrEmpty(row.getCell(1))).isEqualTo(line.get("provider_agb"));
            assertThat(textOrEmpty(row.getCell(4))).isEqualTo(line.get("category"));
            assertThat(textOrEmpty(row.getCell(5))).isEqualTo(line.get("code"));
            assertThat(textOrEmpty(row.getCell(10))).isEqualTo(line.get("unit"));
            if (!line.get("provider_agb").isEmpty()) {
                assertThat(textOrEmpty(row.getCell(2))).as("the provider's name").isNotBlank();
            }
            if (line.get("line_type").equals("TOTAL")) {
                assertThat(text(row.getCell(0))).isEqualTo("Totaal");
            }
        }
        CSVRecord total = invoice.get(invoice.size() - 1);
        assertThat(total.get("line_type")).isEqualTo("TOTAL");
    }

    private static void checkDetailSheet(Sheet sheet, List<CSVRecord> details) {
        assertThat(sheet.getLastRowNum()).isEqualTo(details.size());
        long cost = 0;
        for (int i = 0; i < details.size(); i++) {
            Row row = sheet.getRow(i + 1);
            assertThat(text(row.getCell(5))).isEqualTo(details.get(i).get("client"));
            assertThat(text(row.getCell(17))).isEqualTo(details.get(i).get("unit"));
            cost += cents(row.getCell(20));
        }
        assertThat(cost).isEqualTo(details.stream().mapToLong(r -> Long.parseLong(r.get("cost_cents"))).sum());
    }

    /** A code cell: it must be a STRING cell, never a number or a date. */
    private static String text(Cell cell) {
        assertThat(cell.getCellType()).as("cell " + cell.getAddress()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }

    private static String textOrEmpty(Cell cell) {
        return cell == null ? "" : text(cell);
    }

    private static long cents(Cell cell) {
        assertThat(cell.getCellType()).as("cell " + cell.getAddress()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("€ #,##0.00");
        return Math.round(cell.getNumericCellValue() * 100);
    }

    private static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private CliRun nightly(String asOf) {
        return CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(), "--as-of", asOf);
    }

    private CliRun export(String period, String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--out", out.toString(), "--period", period));
        args.addAll(List.of(more));
        return CliRun.run(database, args.toArray(String[]::new));
    }

    private static List<String> invoiced(Path statements) throws IOException {
        return names(statements).stream().filter(n -> n.startsWith("invoice_") && n.endsWith(".csv"))
                .map(n -> n.substring("invoice_".length(), n.length() - ".csv".length())).sorted().toList();
    }

    private static String detailFile(Path statements) throws IOException {
        return names(statements).stream().filter(n -> n.startsWith("detail_")).sorted().findFirst().orElseThrow();
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            return parser.getRecords();
        }
    }
}
