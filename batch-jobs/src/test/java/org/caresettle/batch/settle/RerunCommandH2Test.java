package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.settle.SettleContract.contents;

import java.io.IOException;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 2 on the command line: {@code rerun request|approve|reject|list}, the console's flow for
 * operators' scripts. The OS user may not decide their own request; {@code --user} names another. Every
 * refusal exits 2 with its reason: self-approval, a stale preview, an unknown id, a request already
 * decided, a missing reason.
 */
class RerunCommandH2Test extends SettleCommandLine {

    private static final String USER = "cli:" + System.getProperty("user.name");

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }

    @Test
    void requestApproveByAnotherUserAndAgainNothingMore() throws IOException {
        sampleNight();
        newAugustLine(1, "2026-11-24");

        CliRun request = request("late declaration of Enkhuizen");

        assertThat(request.exitStatus()).as(request.err()).isZero();
        assertThat(request.out()).contains("preview of v2 written to")
                .contains("rerun request 1 of 2026-08 (v2, preview ").contains("waits for approval by another user");
        CliRun list = CliRun.run(database, "rerun", "list");
        assertThat(list.exitStatus()).as(list.err()).isZero();
        assertThat(list.out()).startsWith("id,period,state,version,requested_by,")
                .contains("\n1,2026-08,REQUESTED,2," + USER + ",");

        CliRun own = CliRun.run(database, "rerun", "approve", "--out", out.toString(), "--id", "1");

        assertThat(own.exitStatus()).isEqualTo(2);
        assertThat(own.err()).contains("settlement: refused: rerun request 1 was asked for by " + USER
                + ", who may not decide it (four eyes)");
        assertThat(out.resolve("statements/2026-08/v2")).doesNotExist();

        CliRun approve = approve(1, "bob");

        assertThat(approve.exitStatus()).as(approve.err()).isZero();
        assertThat(approve.out()).contains("rerun request 1 of 2026-08 is published as v2").contains("approved by cli:bob");
        String previewFolder = (String) database.dsl().fetchValue("select preview_folder from rerun_request");
        assertThat(contents(out.resolve("statements/2026-08/v2"))).isNotEmpty()
                .containsExactlyInAnyOrderEntriesOf(contents(out.resolve(previewFolder)));
        assertThat(audited("RERUN_APPROVED")).isOne();

        CliRun again = approve(1, "carol");

        assertThat(again.exitStatus()).as(again.err()).isZero();
        assertThat(again.out()).contains("published as v2").contains("approved by cli:bob");
        assertThat(out.resolve("statements/2026-08/v3")).doesNotExist();
        assertThat(audited("RERUN_APPROVED")).as("nothing done again").isOne();
    }

    @Test
    void refusalsExit2WithTheirReason() throws IOException {
        sampleNight();
        newAugustLine(1, "2026-11-24");
        assertThat(request("to be rejected").exitStatus()).isZero();

        CliRun noReason = CliRun.run(database, "rerun", "reject", "--id", "1", "--user", "bob");
        assertThat(noReason.exitStatus()).isEqualTo(2);
        assertThat(noReason.err()).contains("--reason is required");
        CliRun unknown = approve(99, "bob");
        assertThat(unknown.exitStatus()).isEqualTo(2);
        assertThat(unknown.err()).contains("settlement: refused: no rerun request 99");

        CliRun reject = CliRun.run(database, "rerun", "reject", "--id", "1", "--user", "bob", "--reason",
                "wait for the corrected file");

        assertThat(reject.exitStatus()).as(reject.err()).isZero();
        assertThat(reject.out()).contains("rerun request 1 of 2026-08 is rejected by cli:bob: wait for the corrected file");
        CliRun approveRejected = approve(1, "carol");
        assertThat(approveRejected.exitStatus()).isEqualTo(2);
        assertThat(approveRejected.err()).contains("rerun request 1 is REJECTED: wait for the corrected file");
        assertThat(audited("RERUN_REJECTED")).isOne();

        assertThat(request("a second look").exitStatus()).isZero();
        newAugustLine(2, "2026-11-25");

        CliRun stale = approve(2, "bob");

        assertThat(stale.exitStatus()).isEqualTo(2);
        assertThat(stale.err()).contains("the inputs of 2026-08 changed after the preview of rerun request 2")
                .contains("nothing published: ask for a new preview");
        assertThat(database.dsl().fetchValue("select state from rerun_request where request_id = 2")).isEqualTo("STALE");
        assertThat(out.resolve("statements/2026-08/v2")).doesNotExist();

        CliRun unchanged = CliRun.run(database, "rerun", "request", "--data", data.toString(), "--out", out.toString(),
                "--period", "2026-10", "--reason", "check");
        assertThat(unchanged.exitStatus()).isEqualTo(2);
        assertThat(unchanged.err()).contains("nothing to rerun").contains("inputs unchanged since v1");
    }

    private void sampleNight() {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        assertThat(nightly("2026-11-23").exitStatus()).isZero();
    }

    private CliRun request(String reason) {
        return CliRun.run(database, "rerun", "request", "--data", data.toString(), "--out", out.toString(),
                "--period", "2026-08", "--reason", reason);
    }

    private CliRun approve(long id, String user) {
        return CliRun.run(database, "rerun", "approve", "--out", out.toString(), "--id", Long.toString(id), "--user",
                user);
    }

    private long audited(String action) {
        return ((Number) database.dsl().fetchValue("select count(*) from audit_event where action = ?", action))
                .longValue();
    }
}
