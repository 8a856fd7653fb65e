package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.settle.SettleContract.contents;
import static org.caresettle.batch.settle.SettleContract.fileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.DeclarationFixture;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SpecExample;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: {@code settle --preview} settles the period's next version by the settle job
 * itself and writes it under {@code OUT/previews/<period>/<id>/}, publishing and storing nothing;
 * a later {@code settle} of unchanged inputs publishes exactly the files the preview showed. Run on
 * each database by a subclass.
 */
abstract class PreviewContract extends SettleCommandLine {

    private static final String AUGUST = "2026-08";

    @Test
    void aPreviewShowsByteForByteWhatTheSettleAfterItPublishes() throws IOException {
        sampleWithANewAugustLine();
        Map<String, byte[]> statements = contents(out.resolve("statements"));
        String versions = settledState();

        CliRun preview = preview(AUGUST);

        assertThat(preview.exitStatus()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("period 2026-08: preview of v2 written to")
                .contains("(nothing published; compared with the published v1)")
                .containsPattern("\n  0388 Enkhuizen: published \\d+\\.\\d\\d, preview \\d+\\.\\d\\d, difference \\+\\d+\\.\\d\\d")
                .containsPattern("\n  0405 Hoorn: published \\d+\\.\\d\\d, preview \\d+\\.\\d\\d, difference [+-]?\\d+\\.\\d\\d");
        assertThat(contents(out.resolve("statements"))).as("nothing published")
                .containsExactlyInAnyOrderEntriesOf(statements);
        assertThat(settledState()).as("no version stored, no fingerprint recorded").isEqualTo(versions);
        List<String> previews = fileNames(out.resolve("previews/2026-08"));
        assertThat(previews).hasSize(1);
        assertThat(previews.get(0)).matches("v2-\\d{14}-[0-9a-f]{4}");
        Path previewed = out.resolve("previews/2026-08").resolve(previews.get(0));
        assertThat(fileNames(previewed)).contains("corrections.csv", "manifest.csv", "invoice_0388.csv");

        CliRun settle = settle(AUGUST);

        assertThat(settle.exitStatus()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("period 2026-08: v2 written");
        Map<String, byte[]> published = contents(out.resolve("statements/2026-08/v2"));
        assertThat(published).isNotEmpty();
        assertThat(contents(previewed)).as("the preview's files are the published v2's, byte for byte")
                .containsExactlyInAnyOrderEntriesOf(published);

        CliRun again = preview(AUGUST);

        assertThat(again.out()).contains("period 2026-08: inputs unchanged since v2, nothing written (nothing to preview)");
        assertThat(fileNames(out.resolve("previews/2026-08"))).containsExactlyElementsOf(previews);
    }

    @Test
    void aPreviewOfUnchangedInputsSaysSoAndWritesNothing() throws IOException {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        assertThat(nightly("2026-11-23").exitStatus()).isZero();
        String versions = settledState();

        CliRun preview = preview("2026-10");

        assertThat(preview.exitStatus()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("period 2026-10: inputs unchanged since v1, nothing written (nothing to preview)");
        assertThat(out.resolve("previews")).doesNotExist();
        assertThat(settledState()).isEqualTo(versions);
    }

    @Test
    void aPreviewRemembersNoFingerprintWhenTheStatementsComeOutTheSame() throws IOException {
        database = database();
        data = SpecExample.dataFolder(temp.resolve("data"));
        out = temp.resolve("out");
        ingest("2026-04-10");
        SpecExample.insertDeclarations(new DeclarationFixture(database));
        assertThat(settle("2026-03").exitStatus()).isZero();
        Files.writeString(data.resolve("reference/arrangements.csv"),
                "EX-05,87654321,WF,JW,45,45A01,PERFORMANCE,04,9000,2026-01-01,2026-12-31,,,\n", StandardOpenOption.APPEND);
        ingest("2026-04-11");
        String versions = settledState();

        CliRun preview = preview("2026-03");

        assertThat(preview.exitStatus()).as(preview.err()).isZero();
        assertThat(preview.out()).contains("period 2026-03: inputs changed but the statements would be identical to v1;"
                + " nothing to preview, nothing written");
        assertThat(fileNames(out.resolve("previews/2026-03"))).isEmpty();
        assertThat(settledState()).isEqualTo(versions);
        assertThat(settle("2026-03").out()).as("the settle finds the inputs new: the preview recorded nothing")
                .contains("inputs changed but the statements are identical to v1");
    }

    @Test
    void aPreviewTakesTheRunLockAndLeavesARunRecord() throws IOException {
        sampleWithANewAugustLine();
        long runs = count("select count(*) from run_log");

        CliRun preview = preview(AUGUST);

        assertThat(preview.exitStatus()).as(preview.err()).isZero();
        assertThat(count("select count(*) from run_log")).isEqualTo(runs + 1);
        assertThat(database.dsl().fetchValue("select arguments from run_log order by run_id desc limit 1").toString())
                .contains("settle").contains("--preview true");
    }

    /** The sample's night, then a new August line of Enkhuizen ingested: August's inputs changed. */
    private void sampleWithANewAugustLine() throws IOException {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        assertThat(nightly("2026-11-23").exitStatus()).isZero();
        Files.writeString(data.resolve("inbox/2026-11-22_41710148_11.csv"), Files.readString(
                data.resolve("inbox/2026-09-04_41710148_01.csv")).lines().findFirst().orElseThrow() + "\n"
                + "KO26080388X;2026-11-22;41710148;0388;JW;KOD26080388X;2026-08-01;2026-08-31;2026-11-21;10200;D;"
                + "999900614;KO260800097;;2239049;45;45A02;2026-08-20;2026-08-31;1;04;10200;10200;D\n");
        ingest("2026-11-24");
    }

    CliRun preview(String period) {
        return CliRun.run(database, "settle", "--data", data.toString(), "--out", out.toString(), "--period", period,
                "--preview");
    }

    /** Every stored version and every fingerprint recorded as giving one, as text. */
    String settledState() {
        return database.dsl().fetch("select settlement_period, version_number, input_sha256, manifest_sha256,"
                + " statements_sha256, status from settlement_version order by settlement_period, version_number")
                .formatCSV() + database.dsl().fetch("select version_id, input_sha256 from settlement_version_input"
                + " order by version_id, input_sha256").formatCSV();
    }

    long count(String sql) {
        return ((Number) database.dsl().fetchValue(sql)).longValue();
    }
}
