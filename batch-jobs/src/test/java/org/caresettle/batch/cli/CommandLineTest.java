package org.caresettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing folder and an unreachable database: exit 2 or 1 and one line, never a stack trace. */
@SlowTest
class CommandLineTest {

    @TempDir
    Path temp;

    @Test
    void aMissingDataFolderIsRefused() {
        CliRun run = CliRun.run(TestDatabases.h2(), "ingest", "--data", temp.resolve("nowhere").toString(),
                "--out", temp.resolve("out").toString());
        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere: no such folder").doesNotContain("\tat ");
    }

    @Test
    void anUnreachableDatabaseFailsInOneLine() {
        CliRun run = CliRun.runRaw("ingest", "--data", temp.toString(), "--out", temp.toString(),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "--spring.datasource.username=x");
        assertThat(run.exitStatus()).isEqualTo(1);
        assertThat(run.err()).startsWith("settlement: could not start:").doesNotContain("\tat ");
    }
}
