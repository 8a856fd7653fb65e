package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.settle.SettleContract.contents;
import static org.caresettle.batch.settle.SettleContract.fileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 2: {@code whatif} settles the published version of a period under a proposed
 * pooling key, checked by the reference rules, and compares it per municipality; the published
 * statements, versions and fingerprints stay as they were, and the differences add up to 0. Run on
 * each database by a subclass.
 */
abstract class WhatIfContract extends SettleCommandLine {

    private static final String OCTOBER = "2026-10";
    private static final String HEADER = "municipality_code,published_total_cents,whatif_total_cents,difference_cents,"
            + "published_pooling_cents,whatif_pooling_cents";

    @BeforeEach
    void sampleNight() {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        assertThat(nightly("2026-11-23").exitStatus()).isZero();
    }

    @Test
    void aProposedKeyMovesMoneyBetweenMunicipalitiesAndPublishesNothing() throws IOException {
        Path key = proposedKey("0.087103", "0.326512");
        Map<String, byte[]> statements = contents(out.resolve("statements"));
        String versions = settledState();

        CliRun whatIf = whatIf(OCTOBER, key);

        assertThat(whatIf.exitStatus()).as(whatIf.err()).isZero();
        assertThat(whatIf.out()).contains("period 2026-10: what-if of v1 under the pooling key " + key)
                .contains("the differences add up to 0.00")
                .containsPattern("\n  0388 Enkhuizen: published \\d+\\.\\d\\d, what-if \\d+\\.\\d\\d, difference \\+");
        assertThat(contents(out.resolve("statements"))).as("manifests and statements as published")
                .containsExactlyInAnyOrderEntriesOf(statements);
        assertThat(settledState()).as("no version stored, no fingerprint recorded").isEqualTo(versions);
        List<String> ids = fileNames(out.resolve("whatif/2026-10"));
        assertThat(ids).singleElement().asString().matches("v1-\\d{14}-[0-9a-f]{4}");
        List<String> rows = Files.readAllLines(out.resolve("whatif/2026-10").resolve(ids.get(0)).resolve("comparison.csv"));
        assertThat(rows.get(0)).isEqualTo(HEADER);
        List<String[]> cells = rows.subList(1, rows.size()).stream().map(row -> row.split(",", -1)).toList();
        assertThat(cells).extracting(row -> row[0])
                .containsExactly("0388", "0405", "0420", "0432", "0498", "0532", "1598");
        long sum = 0;
        for (String[] row : cells) {
            long published = Long.parseLong(row[1]);
            long whatIfTotal = Long.parseLong(row[2]);
            long difference = Long.parseLong(row[3]);
            assertThat(difference).isEqualTo(whatIfTotal - published);
            assertThat(published).as("the published TOTAL of " + row[0]).isEqualTo(publishedTotal(row[0]));
            sum += difference;
        }
        assertThat(sum).as("pooling only moves money between municipalities").isZero();
        assertThat(cells.get(0)[3]).as("Enkhuizen's share went up").doesNotStartWith("-").isNotEqualTo("0");
        assertThat(cells.get(1)[3]).as("Hoorn's went down").startsWith("-");
    }

    @Test
    void theSameKeyChangesNothing() throws IOException {
        Path key = temp.resolve("same.csv");
        Files.copy(data.resolve("reference/pooling_keys.csv"), key);

        CliRun whatIf = whatIf(OCTOBER, key);

        assertThat(whatIf.exitStatus()).as(whatIf.err()).isZero();
        String id = fileNames(out.resolve("whatif/2026-10")).get(0);
        List<String> rows = Files.readAllLines(out.resolve("whatif/2026-10").resolve(id).resolve("comparison.csv"));
        assertThat(rows.subList(1, rows.size())).hasSize(7)
                .allSatisfy(row -> assertThat(row.split(",")[3]).isEqualTo("0"));
    }

    @Test
    void aKeyThatBreaksARuleIsRefusedNamingFileLineAndRule() throws IOException {
        Path key = proposedKey("0.087103", "0.336512");
        Map<String, byte[]> statements = contents(out.resolve("statements"));

        CliRun whatIf = whatIf(OCTOBER, key);

        assertThat(whatIf.exitStatus()).isEqualTo(2);
        assertThat(whatIf.err()).contains(key + ":9: POOLING_KEY_SUM");
        assertThat(out.resolve("whatif")).doesNotExist();
        assertThat(contents(out.resolve("statements"))).containsExactlyInAnyOrderEntriesOf(statements);
    }

    @Test
    void aPeriodWhoseInputsChangedSinceItsVersionIsRefused() throws IOException {
        Files.writeString(data.resolve("inbox/2026-11-22_41710148_11.csv"), Files.readString(
                data.resolve("inbox/2026-09-04_41710148_01.csv")).lines().findFirst().orElseThrow() + "\n"
                + "KO26080388X;2026-11-22;41710148;0388;JW;KOD26080388X;2026-08-01;2026-08-31;2026-11-21;10200;D;"
                + "999900614;KO260800097;;2239049;45;45A02;2026-08-20;2026-08-31;1;04;10200;10200;D\n");
        ingest("2026-11-24");

        CliRun whatIf = whatIf("2026-08", proposedKey("0.087103", "0.326512"));

        assertThat(whatIf.exitStatus()).isEqualTo(2);
        assertThat(whatIf.err()).contains("the inputs of 2026-08 changed since v1: settle it first");
    }

    /** The sample's key with the 2026 shares of Enkhuizen (0388) and Hoorn (0405) replaced. */
    private Path proposedKey(String enkhuizen, String hoorn) throws IOException {
        String key = Files.readString(data.resolve("reference/pooling_keys.csv"))
                .replace("WEST-FRIESLAND,2026,0388,0.077103", "WEST-FRIESLAND,2026,0388," + enkhuizen)
                .replace("WEST-FRIESLAND,2026,0405,0.336512", "WEST-FRIESLAND,2026,0405," + hoorn);
        return Files.writeString(temp.resolve("proposed_keys.csv"), key);
    }

    private long publishedTotal(String municipality) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("statements/2026-10/v1/invoice_" + municipality + ".csv"));
        List<String> header = List.of(lines.get(0).split(","));
        String[] total = lines.stream().filter(line -> line.contains(",TOTAL,")).findFirst().orElseThrow().split(",", -1);
        return Long.parseLong(total[header.indexOf("amount_cents")]);
    }

    CliRun whatIf(String period, Path key) {
        return CliRun.run(database, "whatif", "--data", data.toString(), "--out", out.toString(), "--period", period,
                "--pooling-key", key.toString());
    }

    String settledState() {
        return database.dsl().fetch("select settlement_period, version_number, input_sha256, manifest_sha256,"
                + " statements_sha256, status from settlement_version order by settlement_period, version_number")
                .formatCSV() + database.dsl().fetch("select version_id, input_sha256 from settlement_version_input"
                + " order by version_id, input_sha256").formatCSV();
    }
}
