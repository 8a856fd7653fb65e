package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.settle.SettleContract.contents;
import static org.caresettle.batch.settle.SettleContract.fileNames;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 2, {@code settlement.publish=approval}: {@code settle} and {@code nightly} publish nothing
 * but leave, per period that would get a new version, a rerun request with its preview, asked for by the
 * OS user with the reason given or one they generate; the nightly's ingest and answers happen as always.
 * A published version then only comes from an approval, and it is exactly what {@code auto} publishes at
 * once. An unknown setting is refused at start.
 */
class PublishApprovalH2Test extends SettleCommandLine {

    private static final String APPROVAL = "--settlement.publish=approval";
    private static final String USER = "cli:" + System.getProperty("user.name");

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }

    @Test
    void settleWithApprovalLeavesOneRequestAndTheApprovalPublishesItsPreview() throws IOException {
        sampleNight();
        newAugustLine(1, "2026-11-24");
        Map<String, byte[]> statements = contents(out.resolve("statements"));
        long versions = count("select count(*) from settlement_version");

        CliRun settle = settleWithApproval("2026-08", "--reason", "late declaration of Enkhuizen");

        assertThat(settle.exitStatus()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("period 2026-08: preview of v2 written to")
                .contains("period 2026-08: v2 waits for approval as rerun request 1 (asked for by " + USER);
        assertThat(contents(out.resolve("statements"))).as("nothing published").containsExactlyInAnyOrderEntriesOf(statements);
        assertThat(count("select count(*) from settlement_version")).isEqualTo(versions);
        assertThat(row(1)).isEqualTo(List.of("2026-08", "REQUESTED", USER, "late declaration of Enkhuizen", "2"));

        CliRun again = settleWithApproval("2026-08");

        assertThat(again.exitStatus()).as(again.err()).isZero();
        assertThat(again.out()).contains("v2 waits for approval as rerun request 1").contains("nothing new since its preview");
        assertThat(count("select count(*) from rerun_request")).isOne();
        assertThat(fileNames(out.resolve("previews/2026-08"))).hasSize(1);

        CliRun approve = CliRun.run(database, "rerun", "approve", "--out", out.toString(), "--id", "1", "--user", "bob");

        assertThat(approve.exitStatus()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("rerun request 1 of 2026-08 is published as v2");
        assertThat(contents(out.resolve("statements/2026-08/v2"))).as("the preview, byte for byte")
                .isNotEmpty().containsExactlyInAnyOrderEntriesOf(contents(out.resolve(previewFolder(1))));
        assertThat(row(1)).isEqualTo(List.of("2026-08", "PUBLISHED", USER, "late declaration of Enkhuizen", "2"));
        assertThat(settleWithApproval("2026-08").out()).contains("inputs unchanged since v2");
    }

    @Test
    void aNightWithApprovalIngestsAndAnswersAndLeavesWhatAutoWouldPublishForApproval() throws IOException {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");

        CliRun night = nightlyWith(APPROVAL);

        assertThat(night.exitStatus()).as(night.err()).isZero();
        assertThat(out.resolve("files.csv")).exists();
        assertThat(fileNames(out.resolve("responses"))).isNotEmpty();
        assertThat(out.resolve("statements")).doesNotExist();
        assertThat(out.resolve("reports")).as("no published version to report").doesNotExist();
        List<String> periods = database.dsl().fetch("select period from rerun_request order by period")
                .getValues(0, String.class);
        assertThat(periods).hasSize(3);
        assertThat(database.dsl().fetch("select distinct state, requested_by, reason from rerun_request")
                .map(r -> r.intoList().toString()))
                .containsExactly(List.of("REQUESTED", USER, "nightly 2026-11-23: new declarations or reference data")
                        .toString());
        assertThat(night.out()).contains("waits for approval as rerun request 1");

        Path autoOut = temp.resolve("out-auto");
        TestDatabase autoDatabase = TestDatabases.h2();
        CliRun auto = CliRun.run(autoDatabase, "nightly", "--data", data.toString(), "--out", autoOut.toString(),
                "--as-of", "2026-11-23", "--settlement.publish=auto");
        assertThat(auto.exitStatus()).as(auto.err()).isZero();
        assertThat(((Number) autoDatabase.dsl().fetchValue("select count(*) from rerun_request")).longValue()).isZero();
        assertThat(fileNames(autoOut.resolve("statements"))).containsExactlyElementsOf(periods);

        for (long id = 1; id <= 3; id++) {
            CliRun approve = CliRun.run(database, "rerun", "approve", "--out", out.toString(), "--id",
                    Long.toString(id), "--user", "second");
            assertThat(approve.exitStatus()).as(approve.err()).isZero();
        }
        assertThat(contents(out.resolve("statements"))).as("approved, the versions auto publishes at once")
                .containsExactlyInAnyOrderEntriesOf(contents(autoOut.resolve("statements")));

        CliRun quiet = nightlyWith(APPROVAL);

        assertThat(quiet.exitStatus()).as(quiet.err()).isZero();
        assertThat(count("select count(*) from rerun_request")).as("nothing new to approve").isEqualTo(3);
        assertThat(fileNames(out.resolve("reports"))).as("published versions are reported").isNotEmpty();
    }

    @Test
    void anUnknownSettingIsRefusedAtStart() {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");

        CliRun night = nightlyWith("--settlement.publish=sometimes");

        assertThat(night.exitStatus()).isEqualTo(2);
        assertThat(night.err()).contains("settlement: refused: settlement.publish=sometimes is not a publication setting");
        assertThat(out).doesNotExist();
    }

    private void sampleNight() {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        assertThat(nightly("2026-11-23").exitStatus()).isZero();
    }

    private CliRun settleWithApproval(String period, String... more) {
        List<String> args = new ArrayList<>(List.of("settle", "--data", data.toString(), "--out",
                out.toString(), "--period", period, APPROVAL));
        args.addAll(List.of(more));
        return CliRun.run(database, args.toArray(String[]::new));
    }

    private CliRun nightlyWith(String setting) {
        return CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(), "--as-of",
                "2026-11-23", setting);
    }

    private List<String> row(long id) {
        return database.dsl().fetchOne("select period, state, requested_by, reason, preview_version from rerun_request"
                + " where request_id = ?", id).intoList().stream().map(String::valueOf).toList();
    }

    private String previewFolder(long id) {
        return (String) database.dsl().fetchValue("select preview_folder from rerun_request where request_id = ?", id);
    }

    private long count(String sql) {
        return ((Number) database.dsl().fetchValue(sql)).longValue();
    }
}
