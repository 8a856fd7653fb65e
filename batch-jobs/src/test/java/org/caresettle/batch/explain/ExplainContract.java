package org.caresettle.batch.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SpecExample;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} on SPEC 12's worked example, ingested from {@code sample-data/spec-example} and
 * settled for February and March 2026, run on each database by a subclass. Hoorn (0405), by hand:
 * February 2777.51 (availability 550.01, pooling 2227.50); March v1 3956.51 (8 h × 85.50 = 684.00,
 * availability 550.01, pooling 2722.50). Then a late declaration of 2 h at a new tariff of 90.00
 * (arrangement changed from 2026-03-16) makes March v2: 10 h for 864.00, total 4136.51.
 */
@SlowTest
abstract class ExplainContract {

    private static final String NINE_DIGITS = "(?<![0-9])[0-9]{9}(?![0-9])";

    @TempDir
    Path temp;

    TestDatabase database;
    Path data;
    Path out;

    abstract TestDatabase database();

    @BeforeEach
    void settledFebruaryAndMarch() {
        database = database();
        data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        out = temp.resolve("out");
        succeed("ingest", "--data", data.toString(), "--out", out.toString(), "--as-of", "2026-04-10");
        succeed("settle", "--data", data.toString(), "--out", out.toString(), "--period", "2026-02");
        succeed("settle", "--data", data.toString(), "--out", out.toString(), "--period", "2026-03");
    }

    @Test
    void marchAgainstFebruaryIsTheNewLineAndTheLargerPool() {
        CliRun explain = explain("2026-03", "0405");

        assertThat(explain.exitStatus()).as(explain.err()).isZero();
        assertThat(explain.out()).startsWith("""
                Invoice of municipality 0405 Hoorn for 2026-03, version 1 (statements/2026-03/v1/invoice_0405.csv)

                (a) against the previous period
                    2026-02 v1 -> 2026-03 v1
                    total 2026-02 v1: 2777.51
                    total 2026-03 v1: 3956.51
                    difference: +1179.00

                      +684.00  DIRECT 12345678 JW 45 45A01 PERFORMANCE unit 04
                             amount 0.00 -> 684.00, volume 0 -> 8
                             volume +684.00, tariff 0.00
                             declaration lines: 1, latest first
                               2026-03 R2026030001 D volume 8 amount 684.00, file 2026-04-03_12345678_1.csv, message EX-MAR-0405
                      +495.00  POOLING_ADJUSTMENT JW
                             amount 2227.50 -> 2722.50
                             pooling +495.00

                    check: volume +684.00 + tariff 0.00 + releases 0.00 + availability 0.00 + pooling +495.00 = +1179.00 = difference +1179.00: adds up
                """)
                .doesNotContain("(b)")
                .doesNotContain("R2026030002");
        assertNoBsn(explain.out());
    }

    @Test
    void aLateDeclarationAtANewTariffSplitsIntoVolumeAndTariff() throws IOException {
        settleMarchV2AtANewTariff();

        CliRun explain = explain("2026-03", "0405");

        assertThat(explain.exitStatus()).as(explain.err()).isZero();
        String text = explain.out();
        assertThat(text).startsWith(
                "Invoice of municipality 0405 Hoorn for 2026-03, version 2 (statements/2026-03/v2/invoice_0405.csv)\n");
        String againstFebruary = text.substring(text.indexOf("(a)"), text.indexOf("(b)"));
        assertThat(againstFebruary)
                .contains("total 2026-03 v2: 4136.51\n", "difference: +1359.00\n")
                .contains("""
                          +864.00  DIRECT 12345678 JW 45 45A01 PERFORMANCE unit 04
                                 amount 0.00 -> 864.00, volume 0 -> 10
                                 volume +864.00, tariff 0.00
                                 declaration lines: 2, latest first
                                   2026-03 R2026030010 D volume 2 amount 180.00, file 2026-04-20_12345678_2.csv, message EX-MAR-0405B
                                   2026-03 R2026030001 D volume 8 amount 684.00, file 2026-04-03_12345678_1.csv, message EX-MAR-0405
                    """)
                .contains("check: volume +864.00 + tariff 0.00 + releases 0.00 + availability 0.00 + pooling +495.00"
                        + " = +1359.00 = difference +1359.00: adds up");
        assertThat(text.substring(text.indexOf("(b)"))).isEqualTo("""
                (b) against the previous version
                    2026-03 v1 -> 2026-03 v2
                    total 2026-03 v1: 3956.51
                    total 2026-03 v2: 4136.51
                    difference: +180.00

                      +180.00  DIRECT 12345678 JW 45 45A01 PERFORMANCE unit 04
                             amount 684.00 -> 864.00, volume 8 -> 10
                             volume +171.00, tariff +9.00
                             declaration lines: 2, latest first
                               2026-03 R2026030010 D volume 2 amount 180.00, file 2026-04-20_12345678_2.csv, message EX-MAR-0405B
                               2026-03 R2026030001 D volume 8 amount 684.00, file 2026-04-03_12345678_1.csv, message EX-MAR-0405

                    check: volume +171.00 + tariff +9.00 + releases 0.00 + availability 0.00 + pooling 0.00 = +180.00 = difference +180.00: adds up
                """);
        assertNoBsn(text);
    }

    @Test
    void aPeriodOrMunicipalityWithoutSettledVersionIsRefused() {
        CliRun unsettled = explain("2026-04", "0405");
        CliRun unknown = explain("2026-03", "9999");
        CliRun malformed = explain("2026-03", "405");

        assertThat(unsettled.exitStatus()).isEqualTo(2);
        assertThat(unsettled.err()).contains("period 2026-04 has no settled version");
        assertThat(unsettled.out()).isEmpty();
        assertThat(unknown.exitStatus()).isEqualTo(2);
        assertThat(unknown.err()).contains("municipality 9999 has no invoice in 2026-03 v1");
        assertThat(malformed.exitStatus()).isEqualTo(2);
        assertThat(malformed.err()).contains("must be a 4-digit municipality code: '405'");
    }

    @Test
    void theFirstSettledPeriodHasNothingBeforeIt() {
        CliRun explain = explain("2026-02", "0388");

        assertThat(explain.exitStatus()).as(explain.err()).isZero();
        assertThat(explain.out()).contains("(a) against the previous period\n"
                + "    2026-01 has no settled version: nothing to compare with\n");
    }

    /** A late declaration of 2 h at a new tariff of 90.00 from 2026-03-16: March v2. */
    private void settleMarchV2AtANewTariff() throws IOException {
        Path arrangements = data.resolve("reference/arrangements.csv");
        Files.writeString(arrangements, Files.readString(arrangements)
                .replace("EX-01,12345678,WF,JW,45,45A01,PERFORMANCE,04,8550,2026-01-01,2026-12-31",
                        "EX-01,12345678,WF,JW,45,45A01,PERFORMANCE,04,8550,2026-01-01,2026-03-15")
                + "EX-05,12345678,WF,JW,45,45A01,PERFORMANCE,04,9000,2026-03-16,2026-12-31,,,\n");
        Files.writeString(data.resolve("inbox/2026-04-20_12345678_2.csv"), """
                message_id,message_date,provider_agb,municipality_code,law,declaration_number,period_start,period_end,declaration_date,total_cents,total_dc,bsn,reference,previous_reference,allocation_number,category,code,product_start,product_end,volume,unit,tariff_cents,amount_cents,dc
                EX-MAR-0405B,2026-04-20,12345678,0405,JW,D202603C,2026-03-01,2026-03-31,2026-04-20,18000,D,999900018,R2026030010,,1001,45,45A01,2026-03-16,2026-03-31,2,04,9000,18000,D
                """);
        succeed("ingest", "--data", data.toString(), "--out", out.toString(), "--as-of", "2026-04-20");
        succeed("settle", "--data", data.toString(), "--out", out.toString(), "--period", "2026-03");
    }

    /**
     * Issue 15, item 5: {@code --csv} rows add up, per comparison, to the difference of the invoice
     * files' TOTALs, line by line and component by component.
     */
    @Test
    void theCsvRowsAddUpToTheDifferenceOfTheInvoiceTotals() throws IOException {
        settleMarchV2AtANewTariff();

        CliRun explain = CliRun.run(database, "explain", "--out", out.toString(), "--period", "2026-03",
                "--municipality", "0405", "--csv");

        assertThat(explain.exitStatus()).as(explain.err()).isZero();
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(explain.out())).getRecords();
        assertThat(explain.out()).startsWith(String.join(",", ExplanationCsv.COLUMNS) + "\n");
        assertThat(rows).extracting(row -> row.get("comparison")).containsOnly("period", "version");
        Map<String, Long> invoiceTotals = Map.of("2026-02 v1", invoiceTotal("2026-02", 1),
                "2026-03 v1", invoiceTotal("2026-03", 1), "2026-03 v2", invoiceTotal("2026-03", 2));
        for (String comparison : List.of("period", "version")) {
            List<CSVRecord> of = rows.stream().filter(row -> row.get("comparison").equals(comparison)).toList();
            CSVRecord total = of.get(of.size() - 1);
            assertThat(total.get("line_type")).isEqualTo("TOTAL");
            long difference = invoiceTotals.get(total.get("current")) - invoiceTotals.get(total.get("previous"));
            assertThat(cents(total, "difference_cents")).as(comparison).isEqualTo(difference)
                    .isEqualTo(cents(total, "new_cents") - cents(total, "previous_cents"));
            assertThat(of.subList(0, of.size() - 1).stream().mapToLong(row -> cents(row, "difference_cents")).sum())
                    .as(comparison + ": lines").isEqualTo(difference);
            for (CSVRecord row : of) {
                long components = Stream.of("volume_cents", "tariff_cents", "release_cents", "availability_cents",
                        "pooling_cents").mapToLong(column -> cents(row, column)).sum();
                assertThat(components).as(comparison + " " + row.get("line_type") + ": components")
                        .isEqualTo(cents(row, "difference_cents"));
            }
        }
        CSVRecord direct = rows.stream().filter(row -> row.get("comparison").equals("version")).findFirst().orElseThrow();
        assertThat(List.of(direct.get("provider_agb"), direct.get("unit"), direct.get("volume_cents"),
                direct.get("tariff_cents"))).containsExactly("12345678", "04", "17100", "900");
        assertNoBsn(explain.out());
    }

    /** Issue 15, item 5: --version N explains an earlier version; --against a version or another period. */
    @Test
    void aVersionIsExplainedAgainstTheVersionOrPeriodAsked() throws IOException {
        settleMarchV2AtANewTariff();

        CliRun first = explainWith("--version", "1");
        CliRun backwards = explainWith("--version", "1", "--against", "v2");
        CliRun noSuchPeriod = explainWith("--against", "2026-01");
        CliRun itself = explainWith("--against", "2026-03");
        CliRun noSuchVersion = explainWith("--against", "3");
        CliRun malformed = explainWith("--against", "March");

        assertThat(first.exitStatus()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Invoice of municipality 0405 Hoorn for 2026-03, version 1 ")
                .contains("2026-02 v1 -> 2026-03 v1").doesNotContain("(b)");
        assertThat(backwards.exitStatus()).as(backwards.err()).isZero();
        assertThat(backwards.out()).contains("(b) against version 2\n    2026-03 v2 -> 2026-03 v1\n",
                "difference: -180.00\n");
        assertThat(noSuchPeriod.exitStatus()).isEqualTo(2);
        assertThat(noSuchPeriod.err()).contains("--against 2026-01: 2026-01 has no settled version");
        assertThat(itself.exitStatus()).isEqualTo(2);
        assertThat(itself.err()).contains("--against 2026-03 is the period explained");
        assertThat(noSuchVersion.exitStatus()).isEqualTo(2);
        assertThat(noSuchVersion.err()).contains("--against v3: 2026-03 has no version 3");
        assertThat(malformed.exitStatus()).isEqualTo(2);
        assertThat(malformed.err()).contains("must be a version (2 or v2) or a period (YYYY-MM): 'March'");
    }

    /**
     * Issue 15, item 5: on a copy of the statements, with a database that never settled them, explain
     * says so instead of telling the reader to run settle.
     */
    @Test
    void aCopyOfTheStatementsWithoutTheirDatabaseIsNamedAsSuch() {
        try (TestDatabase empty = TestDatabases.h2()) {
            CliRun explain = CliRun.run(empty, "explain", "--out", out.toString(), "--period", "2026-03",
                    "--municipality", "0405");

            assertThat(explain.exitStatus()).isEqualTo(2);
            assertThat(explain.err()).contains("this database has no settled version of 2026-03, but ",
                    "statements/2026-03 holds [v1]", "settled with another database", "use verify")
                    .doesNotContain("run settle");
        }
    }

    private CliRun explainWith(String... options) {
        List<String> args = new ArrayList<>(List.of("explain", "--out", out.toString(), "--period", "2026-03",
                "--municipality", "0405"));
        args.addAll(List.of(options));
        return CliRun.run(database, args.toArray(String[]::new));
    }

    /** The TOTAL line's amount_cents of the municipality's invoice file of that version. */
    private long invoiceTotal(String period, int version) throws IOException {
        return Files.readAllLines(out.resolve("statements/" + period + "/v" + version + "/invoice_0405.csv")).stream()
                .filter(line -> line.contains(",TOTAL,")).map(line -> line.split(",", -1)[13])
                .mapToLong(Long::parseLong).findFirst().orElseThrow();
    }

    private static long cents(CSVRecord row, String column) {
        return Long.parseLong(row.get(column));
    }

    private CliRun explain(String period, String municipality) {
        return CliRun.run(database, "explain", "--out", out.toString(), "--period", period, "--municipality", municipality);
    }

    private void succeed(String... args) {
        CliRun run = CliRun.run(database, args);
        assertThat(run.exitStatus()).as(run.err()).isZero();
    }

    private static void assertNoBsn(String text) {
        SpecExample.BSNS.forEach(bsn -> assertThat(text).doesNotContain(bsn));
        assertThat(text).doesNotContainPattern(NINE_DIGITS);
    }
}
