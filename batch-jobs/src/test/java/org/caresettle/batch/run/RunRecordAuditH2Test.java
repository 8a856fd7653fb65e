package org.caresettle.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 4, a run record that answers an auditor: {@code runs/<run-id>.json} and {@code run_log}
 * name who asked for the run, the reason given, the versions and previews it wrote and its counts.
 */
@SlowTest
class RunRecordAuditH2Test {

    private static final String AS_OF = "2026-11-23";
    private static final String USER = "cli:" + System.getProperty("user.name");

    @TempDir
    Path temp;

    @Test
    void aNightlyNamesItsUserItsReasonEveryVersionItWroteAndItsCounts() throws Exception {
        Path data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            CliRun nightly = CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(),
                    "--as-of", AS_OF, "--reason", "Maandafsluiting november, \"ticket\" 42");

            assertThat(nightly.exitStatus()).as(nightly.err()).isZero();
            assertThat(nightly.out() + nightly.err()).as("the reason is in the run record only")
                    .doesNotContain("Maandafsluiting");
            List<Record> versions = database.dsl().fetch("select settlement_period, version_number"
                    + " from settlement_version order by settlement_period, version_number");
            assertThat(versions).hasSizeGreaterThan(1);
            String json = Files.readString(out.resolve("runs/1.json"));
            assertThat(json).contains("\"requested_by\": \"" + USER + "\"")
                    .contains("\"reason\": \"Maandafsluiting november, \\\"ticket\\\" 42\"")
                    .contains("\"versions_written\": " + versions.size())
                    .contains("\"periods_settled\": ")
                    .containsPattern("\"settle\": \\{\"periods_settled\": \\d+, \"lines_settled\": [1-9]\\d*, "
                            + "\"municipalities\": [1-9]\\d*, \"versions_written\": " + versions.size() + "}")
                    .containsPattern("\"report\": \\{\"periods_reported\": \\d+, \"municipalities\": [1-9]\\d*")
                    .contains("\"previews\": []");
            for (Record version : versions) {
                assertThat(json).contains("{\"period\": \"" + version.get(0, String.class).trim() + "\", \"version\": "
                        + version.get(1, Integer.class) + "}");
            }
            assertThat(json.indexOf("\"counts\"")).as("the new fields come after the old ones")
                    .isGreaterThan(json.indexOf("\"message\"")).isLessThan(json.indexOf("\"requested_by\""));
            assertThat(json.indexOf("\"reason\"")).isLessThan(json.indexOf("\"written\""));
            Record logged = runLog(database, 1);
            assertThat(logged.get(0, String.class)).isEqualTo(USER);
            assertThat(logged.get(1, String.class)).isEqualTo("Maandafsluiting november, \"ticket\" 42");
            assertThat(json).contains("\"written\": " + logged.get(2, String.class) + "\n");
            assertThat(logged.get(3, String.class)).as("the reason is no argument")
                    .doesNotContain("Maandafsluiting");
        }
    }

    @Test
    void aSettleAndAReportNameTheirCountsAndARunThatWritesNothingNamesNoVersion() throws Exception {
        Path data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            assertThat(run(database, "ingest", data, out, "--as-of", AS_OF).exitStatus()).isZero();

            CliRun settle = run(database, "settle", data, out, "--period", "2026-10", "--reason", "herberekening");

            assertThat(settle.exitStatus()).as(settle.err()).isZero();
            String json = Files.readString(out.resolve("runs/2.json"));
            assertThat(json).contains("\"requested_by\": \"" + USER + "\"", "\"reason\": \"herberekening\"",
                    "\"written\": {\"versions\": [{\"period\": \"2026-10\", \"version\": 1}], \"previews\": []}")
                    .containsPattern("\"settle\": \\{\"periods_settled\": 1, \"lines_settled\": [1-9]\\d*, "
                            + "\"municipalities\": [1-9]\\d*, \"versions_written\": 1}")
                    // The published version's reports were refreshed in the same run (issue 15).
                    .containsPattern("\"report\": \\{\"periods_reported\": 1, \"municipalities\": [1-9]\\d*, "
                            + "\"reports_written\": 1}");

            CliRun report = run(database, "report", data, out, "--period", "2026-10");

            assertThat(report.exitStatus()).as(report.err()).isZero();
            assertThat(Files.readString(out.resolve("runs/3.json"))).contains("\"reason\": null")
                    .containsPattern("\"report\": \\{\"periods_reported\": 1, \"municipalities\": [1-9]\\d*, "
                            + "\"reports_written\": 0}")
                    .contains("\"written\": {\"versions\": [], \"previews\": []}");

            CliRun again = run(database, "settle", data, out, "--period", "2026-10");

            assertThat(again.exitStatus()).as(again.err()).isZero();
            assertThat(Files.readString(out.resolve("runs/4.json")))
                    .contains("\"settle\": {\"periods_settled\": 1, \"lines_settled\": 0, \"municipalities\": 0, "
                            + "\"versions_written\": 0}")
                    .contains("\"written\": {\"versions\": [], \"previews\": []}");
        }
    }

    @Test
    void aRefusedRunRecordsNoVersion() throws Exception {
        Path data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            assertThat(run(database, "ingest", data, out, "--as-of", AS_OF).exitStatus()).isZero();

            CliRun refused = run(database, "settle", data, out, "--period", "2026-10", "--production", "--reason",
                    "poging");

            assertThat(refused.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(Files.readString(out.resolve("runs/2.json"))).contains("\"outcome\": \"REFUSED\"",
                    "\"reason\": \"poging\"", "\"written\": {\"versions\": [], \"previews\": []}")
                    .doesNotContain("versions_written");
            Record logged = runLog(database, 2);
            assertThat(logged.get(2, String.class)).isEqualTo("{\"versions\": [], \"previews\": []}");
            assertThat(logged.get(1, String.class)).isEqualTo("poging");
        }
    }

    @Test
    void aReasonOfMoreThan500CharactersIsRefusedBeforeTheRun() throws Exception {
        Path data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            CliRun tooLong = run(database, "ingest", data, out, "--as-of", AS_OF, "--reason", "x".repeat(501));

            assertThat(tooLong.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(tooLong.err()).contains("--reason", "at most 500 characters");
            assertThat(out.resolve("runs")).doesNotExist();
        }
    }

    private static CliRun run(TestDatabase database, String command, Path data, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(command, "--data", data.toString(), "--out",
                out.toString()));
        args.addAll(List.of(more));
        return CliRun.run(database, args.toArray(String[]::new));
    }

    private static Record runLog(TestDatabase database, long runId) {
        return database.dsl().fetchOne("select requested_by, reason, written_json, arguments from run_log"
                + " where run_id = " + runId);
    }
}
