package org.caresettle.batch.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.DeclarationFixture;
import org.caresettle.batch.testsupport.SpecExample;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify} re-adds statements from the files alone and names the first file and line that does not hold. */
@SlowTest
class VerifyCommandTest {

    @TempDir
    Path temp;

    TestDatabase database;
    Path data;
    Path out;
    Path v1;

    @BeforeEach
    void settleTheWorkedExample() {
        database = TestDatabases.h2();
        data = SpecExample.dataFolder(temp.resolve("data"));
        out = temp.resolve("out");
        assertThat(CliRun.run(database, "ingest", "--data", data.toString(), "--out", out.toString(),
                "--as-of", "2026-04-10").exitStatus()).isZero();
        SpecExample.insertDeclarations(new DeclarationFixture(database));
        assertThat(CliRun.run(database, "settle", "--data", data.toString(), "--out", out.toString(),
                "--period", "2026-03").exitStatus()).isZero();
        v1 = out.resolve("statements/2026-03/v1");
    }

    @Test
    void oneCentMoreOnAnInvoiceLineIsFoundAtItsTotal() throws IOException {
        Path invoice = v1.resolve("invoice_0405.csv");
        String text = Files.readString(invoice);
        Files.writeString(invoice, text.replace(",68400,684.00\n", ",68401,684.01\n"));

        CliRun verify = verify();

        assertThat(verify.exitStatus()).isEqualTo(1);
        assertThat(verify.err()).contains("v1/invoice_0405.csv line 5").contains("TOTAL").doesNotContain("\tat ");
    }

    @Test
    void aCentWhoseEuroColumnWasNotEditedIsFoundOnItsOwnLine() throws IOException {
        Path invoice = v1.resolve("invoice_0405.csv");
        Files.writeString(invoice, Files.readString(invoice).replace(",68400,684.00\n", ",68401,684.00\n"));

        CliRun verify = verify();

        assertThat(verify.exitStatus()).isEqualTo(1);
        assertThat(verify.err()).contains("v1/invoice_0405.csv line 2: amount_eur 684.00 does not match 68401 cents");
    }

    @Test
    void anEditTheSumsCannotSeeIsFoundByTheManifest() throws IOException {
        Path detail = v1.resolve("detail_0405.csv");
        Files.writeString(detail, Files.readString(detail).replace("R2026030001", "R2026030009"));

        CliRun verify = verify();

        assertThat(verify.exitStatus()).isEqualTo(1);
        assertThat(verify.err()).contains("v1/manifest.csv line 3: detail_0405.csv has");
    }

    @Test
    void aPeriodWithoutStatementsIsRefused() {
        CliRun verify = CliRun.runRaw("verify", "--out", out.toString(), "--period", "2025-12");

        assertThat(verify.exitStatus()).isEqualTo(2);
        assertThat(verify.err()).contains("no statements of 2025-12");
    }

    /**
     * Issue 15, item 5: a copy of v2 alone cannot show that its corrections are the difference from v1;
     * verify says so and refuses, and with --without-previous verifies the rest and says what it skipped.
     */
    @Test
    void aLaterVersionWithoutThePreviousOneIsRefusedUnlessToldToVerifyWithoutIt() throws IOException {
        DeclarationFixture fixture = new DeclarationFixture(database);
        var late = fixture.declaration(fixture.inboxFile("2026-04-21_12345678_2.csv"), "EX-MAR-L1", "12345678", "0405",
                "JW", "2026-03");
        fixture.debit(late, "R2026030021", "1001", "999900018", "45", "45A01", "2026-03-01", "2026-03-01", 1, "04", 8550, "");
        assertThat(CliRun.run(database, "settle", "--data", data.toString(), "--out", out.toString(),
                "--period", "2026-03").out()).contains("v2 written");
        CliRun beside = CliRun.runRaw("verify", "--out", out.toString(), "--period", "2026-03");
        assertThat(beside.exitStatus()).isZero();
        assertThat(beside.out()).contains("verified v2 of 2026-03", "corrections match v1");

        Path copy = temp.resolve("copy");
        Path copiedV2 = Files.createDirectories(copy.resolve("statements/2026-03/v2"));
        try (var files = Files.list(out.resolve("statements/2026-03/v2"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copiedV2.resolve(file.getFileName()));
            }
        }

        CliRun refused = CliRun.runRaw("verify", "--out", copy.toString(), "--period", "2026-03");

        assertThat(refused.exitStatus()).isEqualTo(2);
        assertThat(refused.out()).doesNotContain("verified").doesNotContain("match v1");
        assertThat(refused.err()).contains("v1 of 2026-03 is not there", "cannot be compared", "--without-previous");

        CliRun without = CliRun.runRaw("verify", "--out", copy.toString(), "--period", "2026-03", "--without-previous");

        assertThat(without.exitStatus()).isZero();
        assertThat(without.out()).contains("verified v2 of 2026-03",
                "corrections agree with these invoices but were NOT compared with v1: it is not there (--without-previous)")
                .doesNotContain("match v1");
    }

    private CliRun verify() {
        CliRun ok = CliRun.runRaw("verify", "--out", out.toString(), "--period", "2026-03", "--version", "1");
        return ok;
    }
}
