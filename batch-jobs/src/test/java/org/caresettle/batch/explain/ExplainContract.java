package org.caresettle.batch.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SpecExample;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
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
