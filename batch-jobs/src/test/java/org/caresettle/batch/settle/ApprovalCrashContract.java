package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.settle.SettleContract.contents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.settle.PausedApproval.Moment;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 14 item 2: approval and publication are one atomic step. A {@code rerun approve} in a second JVM,
 * killed with kill -9 just before or just after the transaction that stores the version and marks the
 * request PUBLISHED, leaves either no new version (the request waits for approval again) or the whole
 * version (the request PUBLISHED), never a half; approving again then gives exactly the preview's files,
 * and a further approval does nothing. Run on each database by a subclass.
 */
abstract class ApprovalCrashContract extends SettleCommandLine {

    private static final String AUGUST = "2026-08";

    @ParameterizedTest
    @EnumSource(Moment.class)
    void anApprovalKilledAtThisMomentLeavesNoVersionOrTheWholeOne(Moment moment) throws Exception {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        assertThat(nightly("2026-11-23").exitStatus()).isZero();
        newAugustLine(1, "2026-11-24");
        CliRun request = CliRun.run(database, "rerun", "request", "--data", data.toString(), "--out", out.toString(),
                "--period", AUGUST, "--reason", "late declaration of Enkhuizen", "--user", "alice");
        assertThat(request.exitStatus()).as(request.err()).isZero();
        long id = ((Number) database.dsl().fetchValue("select max(request_id) from rerun_request")).longValue();
        Map<String, byte[]> preview = contents(out.resolve((String) database.dsl()
                .fetchValue("select preview_folder from rerun_request where request_id = ?", id)));

        killApproval(moment, id);

        if (moment == Moment.BEFORE_THE_COMMIT) {
            assertThat(versionsOfAugust()).as("no new version").isEqualTo(1);
            assertThat(state(id)).isEqualTo("APPROVED, null");
            assertThat(out.resolve("statements/2026-08/v2")).doesNotExist();
            CliRun list = CliRun.run(database, "rerun", "list");
            assertThat(list.exitStatus()).as(list.err()).isZero();
            assertThat(list.out()).as("put back: it waits for approval again").contains(id + ",2026-08,REQUESTED,2,");
        } else {
            assertThat(versionsOfAugust()).as("the whole version").isEqualTo(2);
            assertThat(state(id)).isEqualTo("PUBLISHED, 2");
            assertThat(out.resolve("statements/2026-08/.v2.tmp")).as("complete, not yet renamed").isDirectory();
        }

        CliRun approve = approve(id);

        assertThat(approve.exitStatus()).as(approve.err()).isZero();
        assertThat(state(id)).isEqualTo("PUBLISHED, 2");
        assertThat(versionsOfAugust()).isEqualTo(2);
        assertThat(contents(out.resolve("statements/2026-08/v2"))).as("the preview's files, byte for byte")
                .isNotEmpty().containsExactlyInAnyOrderEntriesOf(preview);
        String published = settledState();
        Map<String, byte[]> statements = contents(out.resolve("statements"));

        CliRun again = approve(id);

        assertThat(again.exitStatus()).as(again.err()).isZero();
        assertThat(settledState()).as("nothing published twice").isEqualTo(published);
        assertThat(contents(out.resolve("statements"))).containsExactlyInAnyOrderEntriesOf(statements);
        CliRun verify = CliRun.run(database, "verify", "--out", out.toString(), "--period", AUGUST);
        assertThat(verify.exitStatus()).as(verify.out() + verify.err()).isZero();
    }

    /** {@code rerun approve} by another user in a second JVM, killed once it is held at {@code moment}. */
    private void killApproval(Moment moment, long id) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(moment.name(), "rerun", "approve", "--out", out.toString(), "--id",
                Long.toString(id), "--user", "bob"));
        args.addAll(database.springArguments());
        Path log = temp.resolve("approval-" + moment + ".log");
        try (SettlementProcess approval = SettlementProcess.start(PausedApproval.class, log, args)) {
            approval.awaitLog(PausedApproval.PAUSED, 180);
            approval.kill();
        }
    }

    private CliRun approve(long id) {
        return CliRun.run(database, "rerun", "approve", "--out", out.toString(), "--id", Long.toString(id), "--user",
                "bob");
    }

    private long versionsOfAugust() {
        return ((Number) database.dsl().fetchValue("select count(*) from settlement_version where settlement_period = ?",
                AUGUST)).longValue();
    }

    private String state(long id) {
        return database.dsl().fetchOne("select state, published_version from rerun_request where request_id = ?", id)
                .intoList().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    /** Every stored version and every fingerprint recorded as giving one, as text. */
    private String settledState() {
        return database.dsl().fetch("select settlement_period, version_number, input_sha256, manifest_sha256,"
                + " statements_sha256 from settlement_version order by settlement_period, version_number").formatCSV()
                + database.dsl().fetch("select version_id, input_sha256 from settlement_version_input"
                        + " order by version_id, input_sha256").formatCSV();
    }
}
