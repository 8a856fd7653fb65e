package org.caresettle.batch.run;

import org.caresettle.batch.exit.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.caresettle.schema.testsupport.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default kind of database, an H2 file without mixed mode, admits one process: a second
 * run cannot even open it, and that is refused (exit 2) in one line, not reported as a crash.
 */
@SlowTest
class H2FileBusyTest {

    @TempDir
    Path temp;

    @Test
    void aSecondProcessOnAnOpenH2FileIsRefused() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        List<String> database = List.of("--spring.datasource.url=jdbc:h2:file:" + temp.resolve("db/settlement").toAbsolutePath(),
                "--spring.datasource.username=sa", "--spring.datasource.password=");
        try (SettlementProcess first = SettlementProcess.start(LockHoldingRun.class, temp.resolve("first.log"),
                withDatabase(RunLockContract.ingest(data, temp.resolve("out-1")), database))) {
            first.awaitLog(LockHoldingRun.HOLDING, 120);

            CliRun second = CliRun.runRaw(withDatabase(RunLockContract.ingest(data, temp.resolve("out-2")), database)
                    .toArray(String[]::new));

            assertThat(second.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(second.err().strip()).startsWith("settlement: refused: another process has the H2 database open")
                    .doesNotContain("\n");
            first.release();
            assertThat(first.exitStatus(120)).as(first.log()).isZero();
        }
    }

    private static List<String> withDatabase(String[] args, List<String> database) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database);
        return all;
    }
}
