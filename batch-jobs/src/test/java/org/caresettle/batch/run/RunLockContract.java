package org.caresettle.batch.run;

import org.caresettle.batch.exit.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.caresettle.schema.testsupport.SlowTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run at a time per database (issue 5.5): a second run started while another holds the lock
 * (in another JVM) is refused with exit 2 and names the holder; a lock left by a dead process on
 * this host is taken over; one held from another host blocks until forced. Every run, refused
 * ones too, is in run_log; a run refused before it started writes nothing into --out, not even
 * its runs/<run-id>.json (the folder's owner is not yet known: issues 11 and 12).
 */
@SlowTest
abstract class RunLockContract {

    @TempDir
    Path temp;

    /** Arguments that point the application at a fresh database that two processes can open at once. */
    abstract List<String> databaseArguments();

    /** Direct access to that database. */
    abstract DSLContext dsl();

    @Test
    void aSecondRunWhileOneRunsIsRefusedNamingTheHolder() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        try (SettlementProcess first = SettlementProcess.start(LockHoldingRun.class, temp.resolve("first.log"),
                List.of(withDatabase(ingest(data, temp.resolve("out-1")))))) {
            first.awaitLog(LockHoldingRun.HOLDING, 120);

            CliRun second = CliRun.runRaw(withDatabase(ingest(data, temp.resolve("out-2"))));

            assertThat(second.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(second.err().strip().lines()).hasSize(1);
            assertThat(second.err()).contains("refused: another run holds the database: run 1 (ingest) by process "
                    + first.pid() + "@");
            first.release();
            assertThat(first.exitStatus(120)).as(first.log()).isZero();
        }
        assertThat(dsl().fetch("select command, outcome, exit_status from run_log order by run_id")
                .map(r -> r.intoList().toString()))
                .containsExactly("[ingest, DONE, 0]", "[ingest, REFUSED, 2]");
        assertThat(dsl().fetchCount(dsl().selectFrom("run_lock"))).isZero();
        assertThat(Files.readString(temp.resolve("out-1/runs/1.json"))).contains("\"outcome\": \"DONE\"");
        assertThat(temp.resolve("out-2")).doesNotExist();
        assertThat(dsl().fetchValue("select message_text from run_log where run_id = 2").toString())
                .contains("another run holds the database");
    }

    @Test
    void aLockLeftByADeadProcessOnThisHostIsTakenOver() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        assertThat(CliRun.runRaw(withDatabase(ingest(data, temp.resolve("out")))).exitStatus()).isZero();
        leaveLock(new RunHolder(endedProcessId(), RunHolder.current().host()).toString());

        CliRun next = CliRun.runRaw(withDatabase(ingest(data, temp.resolve("out"))));

        assertThat(next.exitStatus()).isZero();
        assertThat(dsl().fetchValue("select outcome from run_log where run_id = 2")).isEqualTo("FAILED");
        assertThat(dsl().fetchCount(dsl().selectFrom("run_lock"))).isZero();
    }

    @Test
    void aLockHeldFromAnotherHostBlocksUntilForced() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        assertThat(CliRun.runRaw(withDatabase(ingest(data, temp.resolve("out")))).exitStatus()).isZero();
        leaveLock("4242@another-host.example");

        CliRun blocked = CliRun.runRaw(withDatabase(ingest(data, temp.resolve("out"))));
        assertThat(blocked.exitStatus()).isEqualTo(ExitCode.REFUSED);
        assertThat(blocked.err()).contains("run 2 (ingest) by process 4242@another-host.example",
                "--settlement.run.force-unlock=true");

        CliRun forced = CliRun.runRaw(withDatabase(ingest(data, temp.resolve("out"),
                "--settlement.run.force-unlock=true")));
        assertThat(forced.exitStatus()).isZero();
    }

    /** A crashed run: its run_log row still RUNNING and its lock row left behind. */
    private void leaveLock(String holder) {
        LocalDateTime then = LocalDateTime.now().minusHours(1);
        dsl().execute("insert into run_log (command, started_at, outcome) values ('ingest', ?, 'RUNNING')", then);
        long runId = ((Number) dsl().fetchValue("select max(run_id) from run_log")).longValue();
        dsl().execute("insert into run_lock (lock_name, run_id, holder, acquired_at) values ('settlement', ?, ?, ?)",
                runId, holder, then);
    }

    static String[] ingest(Path data, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("ingest", "--data", data.toString(), "--out", out.toString(),
                "--as-of", "2026-05-10"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private String[] withDatabase(String[] args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(databaseArguments());
        return all.toArray(String[]::new);
    }

    /** The id of a process of this host that has ended: the command line without arguments (usage, exit 2). */
    private long endedProcessId() throws Exception {
        try (SettlementProcess ended = SettlementProcess.start(temp.resolve("ended.log"), List.of())) {
            ended.exitStatus(60);
            return ended.pid();
        }
    }
}
