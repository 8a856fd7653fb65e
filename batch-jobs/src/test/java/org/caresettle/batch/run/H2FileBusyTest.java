package org.caresettle.batch.run;

import org.caresettle.batch.exit.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.caresettle.batch.cli.SettlementCli;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default kind of database, an H2 file without mixed mode, admits one process: a second
 * run cannot even open it, and that is refused (exit 2) in one line, not reported as a crash.
 */
class H2FileBusyTest {

    @TempDir
    Path temp;

    @Test
    void aSecondProcessOnAnOpenH2FileIsRefused() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Path signal = temp.resolve("release");
        List<String> database = List.of("--spring.datasource.url=jdbc:h2:file:" + temp.resolve("db/settlement").toAbsolutePath(),
                "--spring.datasource.username=sa", "--spring.datasource.password=");
        List<String> first = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SettlementCli.class.getName()));
        first.addAll(List.of(RunLockContract.ingest(data, temp.resolve("out-1"), "--settlement.run.hold-until-file=" + signal)));
        first.addAll(database);
        Path log = temp.resolve("first.log");
        Process process = new ProcessBuilder(first).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log).contains("holding the run lock")) {
                assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("the first run took no lock within 120 s").isLessThan(deadline);
                Thread.sleep(100);
            }
            List<String> second = new ArrayList<>(List.of(RunLockContract.ingest(data, temp.resolve("out-2"))));
            second.addAll(database);

            CliRun run = CliRun.runRaw(second.toArray(String[]::new));

            assertThat(run.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(run.err().strip()).startsWith("settlement: refused: another process has the H2 database open")
                    .doesNotContain("\n");
        } finally {
            Files.writeString(signal, "");
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }
}
