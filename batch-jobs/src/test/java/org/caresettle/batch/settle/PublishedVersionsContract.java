package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.settle.SettleContract.contents;
import static org.caresettle.batch.settle.SettleContract.fileNames;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.batch.files.FileTrees;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.DeclarationFixture;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SpecExample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, fault 8: a published version that changed on disk stops every settle and nightly of its
 * period, loudly (exit 1 naming the file, the run log FAILED, which the health check reports as
 * DOWN), and nothing is written over the evidence. Run on each database by a subclass.
 */
abstract class PublishedVersionsContract extends SettleCommandLine {

    private static final String MARCH = "2026-03";

    Path march;
    DeclarationFixture fixture;
    /** How many late March lines were added. */
    int late;

    @BeforeEach
    void marchSettled() {
        database = database();
        data = SpecExample.dataFolder(temp.resolve("data"));
        out = temp.resolve("out");
        march = out.resolve("statements/2026-03");
        ingest("2026-04-10");
        fixture = new DeclarationFixture(database);
        SpecExample.insertDeclarations(fixture);
        assertThat(settle(MARCH).exitStatus()).isZero();
    }

    @Test
    void anAmountEditedInAPublishedInvoiceStopsSettleAndNightlyAndStaysAsItIs() throws IOException {
        Path invoice = march.resolve("v1/invoice_0405.csv");
        Files.writeString(invoice, Files.readString(invoice).replace(",68400,684.00\n", ",98400,984.00\n"));
        addALateMarchLine();
        Map<String, byte[]> evidence = contents(march);

        CliRun settle = settle(MARCH);
        CliRun nightly = nightly("2026-04-11");

        for (CliRun run : new CliRun[] {settle, nightly}) {
            assertThat(run.exitStatus()).isEqualTo(1);
            assertThat(run.err()).contains("published statements of 2026-03 changed on disk")
                    .contains("v1/manifest.csv line 6: invoice_0405.csv has SHA-256").contains("nothing written")
                    .doesNotContain("\tat ");
        }
        assertThat(nightly.out()).contains("period 2026-02: v1 written");
        assertThat(contents(march)).as("the evidence is left as it is, and no v2 on top of it")
                .containsExactlyInAnyOrderEntriesOf(evidence);
        assertThat(database.dsl().fetchValue("select outcome from run_log where run_id = (select max(run_id) from run_log)"))
                .isEqualTo("FAILED");
        assertThat((String) database.dsl().fetchValue(
                "select message_text from run_log where run_id = (select max(run_id) from run_log)"))
                .contains("invoice_0405.csv");
    }

    @Test
    void aDeletedDetailFileStopsTheSettle() throws IOException {
        Files.delete(march.resolve("v1/detail_0388.csv"));

        CliRun settle = settle(MARCH);

        assertThat(settle.exitStatus()).isEqualTo(1);
        assertThat(settle.err()).contains("v1/manifest.csv line 2: detail_0388.csv is missing");
        assertThat(fileNames(march.resolve("v1"))).doesNotContain("detail_0388.csv");
    }

    @Test
    void aManifestRewrittenToMatchAnEditIsFoundByTheHashStoredWithTheVersion() throws IOException {
        Path invoice = march.resolve("v1/invoice_0405.csv");
        String edited = Files.readString(invoice).replace(",68400,684.00\n", ",98400,984.00\n");
        Files.writeString(invoice, edited);
        Path manifest = march.resolve("v1/manifest.csv");
        String sha = Sha256.of(edited.getBytes(StandardCharsets.UTF_8));
        Files.writeString(manifest, Files.readString(manifest).replaceAll("(invoice_0405\\.csv,[0-9]+,[0-9-]+,)[0-9a-f]+",
                "$1" + sha));

        CliRun settle = settle(MARCH);

        assertThat(settle.exitStatus()).isEqualTo(1);
        assertThat(settle.err()).contains("statements/2026-03/v1/manifest.csv is not the manifest published with v1");
    }

    @Test
    void aDeletedOlderVersionFolderStopsTheSettle() throws IOException {
        addALateMarchLine();
        assertThat(settle(MARCH).out()).contains("period 2026-03: v2 written");
        FileTrees.delete(march.resolve("v1"));
        addALateMarchLine();

        CliRun settle = settle(MARCH);

        assertThat(settle.exitStatus()).isEqualTo(1);
        assertThat(settle.err()).contains("statements/2026-03/v1 is missing");
        assertThat(fileNames(march)).containsExactly("v2");
        assertThat(Queries.count(database, "select count(*) from settlement_version")).isEqualTo(2);
    }

    /** A new accepted March line, so that a settle would otherwise write the next version. */
    private void addALateMarchLine() {
        late++;
        var declaration = fixture.declaration(fixture.inboxFile("2026-04-2" + late + "_12345678_2.csv"),
                "EX-MAR-L" + late, "12345678", "0405", "JW", MARCH);
        fixture.debit(declaration, "R20260300" + (20 + late), "1001", "999900018", "45", "45A01", "2026-03-0" + late,
                "2026-03-0" + late, 1, "04", 8550, "");
    }
}
