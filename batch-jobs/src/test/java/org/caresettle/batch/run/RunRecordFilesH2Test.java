package org.caresettle.batch.run;

import org.caresettle.batch.exit.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run records in {@code OUT/runs/} (issues 11 and 12): one that cannot be written (disk full)
 * leaves no partial file and the run log says why the run failed; one never replaces the record
 * of another run with the same number.
 */
@SlowTest
class RunRecordFilesH2Test {

    @TempDir
    Path temp;

    @Test
    void aRecordCutShortByAFullDiskLeavesNoPartialFileAndTheRunLogSaysWhy() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            assertThat(ingest(database, data, out).exitStatus()).isZero();
            // Where run 2 writes its record aside: a device that is always full.
            Path partial = out.resolve("runs/.2.json.partial");
            Files.createSymbolicLink(partial, Path.of("/dev/full"));

            CliRun full = ingest(database, data, out);

            assertThat(full.exitStatus()).isEqualTo(ExitCode.FAILED);
            assertThat(full.err()).contains("runs/2.json could not be written", "No space left on device");
            assertThat(Files.exists(partial, LinkOption.NOFOLLOW_LINKS)).isFalse();
            assertThat(out.resolve("runs/2.json")).doesNotExist();
            Record logged = database.dsl().fetchOne("select outcome, exit_status, message_text, ended_at from run_log"
                    + " where run_id = 2");
            assertThat(logged.get(0)).isEqualTo("FAILED");
            assertThat(((Number) logged.get(1)).intValue()).isEqualTo(ExitCode.FAILED);
            assertThat(logged.get(2, String.class)).contains("the work is done, but runs/2.json could not be written");
            assertThat(logged.get(3)).isNotNull();
        }
    }

    @Test
    void aRecordNeverReplacesTheRecordOfAnotherRunWithTheSameNumber() throws Exception {
        Path out = temp.resolve("out");
        RunRecord earlier = record(LocalDateTime.of(2026, 11, 23, 2, 0));
        RunRecord later = record(LocalDateTime.of(2026, 11, 24, 2, 0));
        Path first = RunJson.write(out, earlier);
        byte[] kept = Files.readAllBytes(first);

        Path second = RunJson.write(out, later);
        Path third = RunJson.write(out, later);

        assertThat(first).hasFileName("1.json").hasBinaryContent(kept);
        assertThat(second).hasFileName("1~2.json").content().contains("2026-11-24T02:00Z");
        assertThat(third).hasFileName("1~3.json");
        try (var files = Files.list(out.resolve("runs"))) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .as("no partial file left beside them").containsExactlyInAnyOrder("1.json", "1~2.json", "1~3.json");
        }
    }

    private static RunRecord record(LocalDateTime startedAt) {
        return new RunRecord(1, "settle", LocalDate.of(2026, 11, 23), "2026-10", "settle --period 2026-10",
                RunHolder.current(), startedAt, startedAt.plusMinutes(1), RunEnd.of(ExitCode.DONE), "{}");
    }

    private static CliRun ingest(TestDatabase database, Path data, Path out) {
        return CliRun.run(database, "ingest", "--data", data.toString(), "--out", out.toString(), "--as-of", "2026-05-10");
    }
}
