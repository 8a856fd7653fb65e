package org.caresettle.batch.run;

import org.caresettle.batch.exit.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caresettle.batch.cli.SettlementCli;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
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
        Path signal = temp.resolve("release-the-lock");
        Process first = startInSecondJvm(ingest(data, temp.resolve("out-1"),
                "--settlement.run.hold-until-file=" + signal));
        awaitLockTaken(first);

        CliRun second = CliRun.runRaw(withDatabase(ingest(data, temp.resolve("out-2"))));

        assertThat(second.exitStatus()).isEqualTo(ExitCode.REFUSED);
        assertThat(second.err().strip().lines()).hasSize(1);
        assertThat(second.err()).contains("refused: another run holds the database: run 1 (ingest) by process "
                + first.pid() + "@");
        Files.createFile(signal);
        assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(temp.resolve("first.log"))).isZero();
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
        Process dead = new ProcessBuilder(javaCommand("-version")).redirectErrorStream(true)
                .redirectOutput(temp.resolve("dead.log").toFile()).start();
        dead.waitFor(60, TimeUnit.SECONDS);
        leaveLock(new RunHolder(dead.pid(), RunHolder.current().host()).toString());

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

    Process startInSecondJvm(String[] args) throws Exception {
        List<String> command = javaCommand("-cp", System.getProperty("java.class.path"),
                SettlementCli.class.getName());
        command.addAll(List.of(withDatabase(args)));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("first.log").toFile()).start();
    }

    private static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(args));
        return command;
    }

    private void awaitLockTaken(Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!lockTaken()) {
            assertThat(process.isAlive()).as("the first run ended early: " + Files.readString(temp.resolve("first.log")))
                    .isTrue();
            assertThat(System.nanoTime()).as("the first run took no lock within 120 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private boolean lockTaken() {
        try {
            return dsl().fetchCount(dsl().selectFrom("run_lock")) > 0;
        } catch (RuntimeException e) {
            return false; // the first run has not created the schema yet
        }
    }
}
