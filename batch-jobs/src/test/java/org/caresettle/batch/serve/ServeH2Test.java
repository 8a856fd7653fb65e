package org.caresettle.batch.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} (issue 5.4) in this JVM: it answers health and Prometheus metrics on its port,
 * runs the nightly on its schedule (every three seconds here) on the West-Friesland sample, and
 * stops cleanly when the application is shut down (through the shutdown endpoint, switched on
 * for this test only).
 */
@SlowTest
class ServeH2Test {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesHealthAndMetricsAndRunsTheNightlyOnItsSchedule() throws Exception {
        TestDatabase database = TestDatabases.h2();
        Path out = temp.resolve("out");
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--data", SampleData.WEST_FRIESLAND.toString(),
                "--out", out.toString(), "--server.port=" + port, "--settlement.serve.cron=*/3 * * * * *",
                "--management.endpoints.web.exposure.include=health,prometheus,info,shutdown",
                "--management.endpoint.shutdown.access=unrestricted"));
        args.addAll(database.springArguments());
        CompletableFuture<CliRun> serving = CompletableFuture.supplyAsync(() -> CliRun.runRaw(args.toArray(String[]::new)));
        String base = "http://127.0.0.1:" + port + "/actuator/";

        await(serving, () -> Files.exists(out.resolve("files.csv"))
                && Queries.count(database, "select count(*) from run_log where command = 'nightly' and outcome = 'DONE'") > 0);

        HttpResponse<String> health = get(base + "health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"db\"", "\"lastRun\"", "\"command\":\"nightly\"",
                "\"outcome\":\"DONE\"");
        String metrics = get(base + "prometheus").body();
        assertThat(metrics)
                .containsPattern("settlement_ingest_files_total\\{[^}]*outcome=\"INGESTED\"[^}]*} 73\\.0")
                .containsPattern("settlement_ingest_lines_total\\{[^}]*verdict=\"REJECTED\"[^}]*} 45\\.0")
                .containsPattern("settlement_ingest_rejection_codes_total\\{[^}]*code=\"9338\"")
                .containsPattern("settlement_run_duration_seconds_count\\{[^}]*command=\"nightly\"[^}]*outcome=\"DONE\"")
                .containsPattern("settlement_run_last_success_timestamp_seconds\\{[^}]*command=\"nightly\"");

        // The same build as --version names (issue 12.2): version, commit, build time.
        assertThat(get(base + "info").body()).contains("\"build\"", "\"version\"", "\"time\"", "\"git\"",
                "\"commit\"");

        http.send(HttpRequest.newBuilder(URI.create(base + "shutdown")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        CliRun run = serving.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("serve: nightly runs at '*/3 * * * * *' (Europe/Amsterdam)",
                "serve: nightly ended with exit status 0", "serve: stopped");
    }

    /**
     * Issue 15: a command typed by hand and refused (here a report of a period never settled) leaves
     * health UP and the nightly alert quiet; a failed run, or a scheduled nightly that was refused,
     * turns it DOWN. The failed and refused-on-schedule runs are written into the run log as a run
     * of another process would leave them.
     */
    @Test
    void aRefusedCommandByHandLeavesHealthUpAndAFailedRunTurnsItDown() throws Exception {
        TestDatabase database = TestDatabases.h2();
        Path out = temp.resolve("out");
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--data", SampleData.SPEC_EXAMPLE.toString(),
                "--out", out.toString(), "--server.port=" + port, "--settlement.serve.cron=0 0 2 1 1 *",
                "--management.endpoints.web.exposure.include=health,prometheus,shutdown",
                "--management.endpoint.shutdown.access=unrestricted"));
        args.addAll(database.springArguments());
        CompletableFuture<CliRun> serving = CompletableFuture.supplyAsync(() -> CliRun.runRaw(args.toArray(String[]::new)));
        String base = "http://127.0.0.1:" + port + "/actuator/";
        await(serving, () -> safelyGet(base + "health").contains("\"lastRun\""));

        CliRun refused = CliRun.run(database, "report", "--data", SampleData.SPEC_EXAMPLE.toString(), "--out",
                out.toString(), "--period", "2031-01");

        assertThat(refused.exitStatus()).isEqualTo(2);
        assertThat(Queries.count(database, "select count(*) from run_log where outcome = 'REFUSED'")).isOne();
        HttpResponse<String> afterRefusal = get(base + "health");
        assertThat(afterRefusal.statusCode()).isEqualTo(200);
        assertThat(afterRefusal.body()).contains("\"status\":\"UP\"", "no run has ended yet");

        endedRun(database, "nightly", "FAILED", 1, "cli:operator", "a failed run");
        HttpResponse<String> afterFailure = get(base + "health");
        assertThat(afterFailure.statusCode()).isEqualTo(503);
        assertThat(afterFailure.body()).contains("\"status\":\"DOWN\"", "\"outcome\":\"FAILED\"", "a failed run");

        endedRun(database, "nightly", "DONE", 0, "schedule", null);
        assertThat(get(base + "health").statusCode()).isEqualTo(200);
        endedRun(database, "nightly", "REFUSED", 2, "schedule", "a bad reference file");
        assertThat(get(base + "health").body()).contains("\"status\":\"DOWN\"", "a bad reference file");

        http.send(HttpRequest.newBuilder(URI.create(base + "shutdown")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(serving.get(PATIENCE.toSeconds(), TimeUnit.SECONDS).exitStatus()).isZero();
    }

    /** A run that ended a second after the latest one in the run log, as another process records it. */
    private static void endedRun(TestDatabase database, String command, String outcome, int exitStatus,
            String requestedBy, String message) {
        database.dsl().execute("insert into run_log (command, business_date, arguments, started_at, ended_at,"
                + " outcome, exit_status, message_text, requested_by) select ?, current_date, '',"
                + " max(ended_at), dateadd('SECOND', 1, max(ended_at)), ?, ?, ?, ? from run_log",
                command, outcome, exitStatus, message, requestedBy);
    }

    private String safelyGet(String url) {
        try {
            return get(url).body();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void aBadScheduleIsRefusedInOneLine() {
        TestDatabase database = TestDatabases.h2();
        CliRun run = CliRun.run(database, "serve", "--data", SampleData.WEST_FRIESLAND.toString(),
                "--out", temp.resolve("out").toString(), "--server.port=" + freePort(),
                "--settlement.serve.cron=at two");
        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(
                "settlement: refused: settlement.serve.cron is not a cron expression (six fields, seconds first): 'at two'");
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void await(CompletableFuture<CliRun> serving, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!safely(condition)) {
            assertThat(serving).as("serve ended early").isNotDone();
            assertThat(System.nanoTime()).as("no nightly run within " + PATIENCE).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static boolean safely(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (RuntimeException e) {
            return false; // the schema is not there yet
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
