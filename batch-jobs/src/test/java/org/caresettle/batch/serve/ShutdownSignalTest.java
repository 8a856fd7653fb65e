package org.caresettle.batch.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM (issue 11.9), sent to a JVM of its own as a service manager sends it: after it no run
 * starts, and a run in progress stops at its next commit with one line and no stack trace, and
 * the next run resumes it to the same files as a run that was never stopped.
 */
@SlowTest
class ShutdownSignalTest {

    private static final String AS_OF = "2026-11-23";
    /** The schedule of the serve test: one falls due within the 30 s a stopping serve used to wait. */
    private static final int EVERY_SECONDS = 30;

    @TempDir
    Path temp;

    @Test
    void serveStartsNoNightlyAfterSigterm() throws Exception {
        TestDatabase database = TestDatabases.h2File(temp.resolve("db"));
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("serve", "--data", SampleData.SPEC_EXAMPLE.toString(),
                "--out", out.toString(), "--server.port=0", "--settlement.serve.zone=UTC",
                "--settlement.serve.cron=*/" + EVERY_SECONDS + " * * * * *"));
        args.addAll(closedBySpring(database));
        int started;
        try (SettlementProcess serve = SettlementProcess.start(temp.resolve("serve.log"), args)) {
            serve.awaitWhileAlive("the schedule", 180, () -> serve.log().contains("serve: nightly runs at"));
            // SIGTERM at least 3 s before the next nightly falls due, and not while one runs (when
            // serve came up just before one fell due).
            serve.awaitWhileAlive("a quiet moment", 180, () -> betweenNightlies()
                    && count(serve.log(), "nightly: ingest") == count(serve.log(), "serve: nightly ended"));
            started = count(serve.log(), "nightly: ingest");
            long stopping = System.nanoTime();

            int status = serve.stop(120);

            long seconds = (System.nanoTime() - stopping) / 1_000_000_000L;
            System.out.println("serve ended " + seconds + " s after SIGTERM, exit " + status + "; log:\n" + serve.log());
            assertThat(serve.log()).contains("serve: stopped").doesNotContainPattern("(?m)^\\tat ");
            assertThat(count(serve.log(), "nightly: ingest")).as("nightlies started").isEqualTo(started);
            // The next nightly fell due at least 3 s after SIGTERM; an idle serve is gone before it.
            assertThat(seconds).as("seconds from SIGTERM to exit").isLessThan(EVERY_SECONDS);
        }
        assertThat(Queries.count(database, "select count(*) from run_log")).isEqualTo(started);
        if (started == 0) {
            assertThat(out.resolve("runs")).doesNotExist();
        }
    }

    /**
     * Issue 15: an idle serve ends within 5 s of SIGTERM, as a service manager wants it (asserted with a
     * generous bound for a busy build machine; the time is printed).
     */
    @Test
    void anIdleServeEndsWithinSecondsOfSigterm() throws Exception {
        TestDatabase database = TestDatabases.h2File(temp.resolve("db"));
        List<String> args = new ArrayList<>(List.of("serve", "--data", SampleData.SPEC_EXAMPLE.toString(),
                "--out", temp.resolve("out").toString(), "--server.port=0", "--settlement.serve.zone=UTC",
                "--settlement.serve.cron=0 0 2 1 1 *"));
        args.addAll(closedBySpring(database));
        try (SettlementProcess serve = SettlementProcess.start(temp.resolve("serve.log"), args)) {
            serve.awaitLog("serve: nightly runs at", 180);
            long stopping = System.nanoTime();

            int status = serve.stop(60);

            long millis = (System.nanoTime() - stopping) / 1_000_000L;
            System.out.println("idle serve ended " + millis + " ms after SIGTERM, exit " + status);
            assertThat(serve.log()).contains("serve: stopped").doesNotContainPattern("(?m)^\\tat ");
            assertThat(millis).as("milliseconds from SIGTERM to exit").isLessThan(10_000);
        }
    }

    @Test
    void aNightlyStoppedBySigtermSaysSoInOneLineAndTheNextRunResumes() throws Exception {
        Path data = temp.resolve("data");
        assertThat(CliRun.runRaw("generate", "--out", data.toString(), "--lines", "6000", "--seed", "11")
                .exitStatus()).isZero();
        TestDatabase database = TestDatabases.h2File(temp.resolve("db"));
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("nightly", "--data", data.toString(), "--out", out.toString(),
                "--as-of", AS_OF, "--settlement.progress.interval=200ms"));
        args.addAll(closedBySpring(database));
        String log;
        try (SettlementProcess nightly = SettlementProcess.start(temp.resolve("nightly.log"), args)) {
            nightly.awaitWhileAlive("an ingest in progress", 180, () -> nightly.log().contains("ingest progress: "));

            int status = nightly.stop(120);

            log = nightly.log();
            System.out.println("nightly ended with exit " + status + "; log:\n" + log);
            assertThat(status).isNotZero();
        }
        assertThat(log).doesNotContain("nightly: done").doesNotContain("Exception").doesNotContainPattern("(?m)^\\tat ");
        assertThat(log.lines().filter(line -> line.contains("stopped by shutdown")).toList()).singleElement()
                .asString().matches("settlement: nightly failed: stopped by shutdown at \\S+; the next run resumes");
        assertThat(Queries.count(database, "select count(*) from run_log where outcome = 'FAILED'"
                + " and message_text like 'stopped by shutdown at %'")).isOne();

        assertThat(CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(), "--as-of", AS_OF)
                .exitStatus()).isZero();

        Path uninterrupted = temp.resolve("uninterrupted");
        assertThat(CliRun.run(TestDatabases.h2(), "nightly", "--data", data.toString(), "--out", uninterrupted.toString(),
                "--as-of", AS_OF).exitStatus()).isZero();
        assertThat(SampleData.fingerprints(out)).isNotEmpty().isEqualTo(SampleData.fingerprints(uninterrupted));
    }

    /**
     * The H2 file as the application's default URL opens it: without {@code DB_CLOSE_ON_EXIT=FALSE}
     * H2 closes the database in a shutdown hook of its own, at the same time as Spring.
     */
    private static List<String> closedBySpring(TestDatabase database) {
        return List.of("--spring.datasource.url=" + database.jdbcUrl() + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.datasource.username=" + database.username(), "--spring.datasource.password=" + database.password());
    }

    /**
     * At least 10 s after a nightly fell due and at least 3 s before the next. Not at the moment one
     * falls due (second 0 of the window, which once passed as "30 s to go" while the nightly started),
     * nor in the first seconds after, when a nightly that fell due may not have logged its first line.
     */
    private static boolean betweenNightlies() {
        int second = LocalTime.now(ZoneOffset.UTC).getSecond() % EVERY_SECONDS;
        return second >= 10 && EVERY_SECONDS - second >= 3;
    }

    private static int count(String log, String text) {
        return (int) log.lines().filter(line -> line.contains(text)).count();
    }
}
