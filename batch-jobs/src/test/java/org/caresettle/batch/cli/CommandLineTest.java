package org.caresettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments give exit 2, a one-line reason and the usage; never a stack trace. */
@SlowTest
class CommandLineTest {

    @TempDir
    Path temp;

    @Test
    void noCommandPrintsTheUsage() {
        CliRun run = CliRun.runRaw();
        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("no command given").contains("usage: java -jar settlement.jar COMMAND");
    }

    @Test
    void unknownCommandAndOptionAreRefused() {
        CliRun unknown = CliRun.runRaw("settle-everything");
        assertThat(unknown.exitStatus()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown command 'settle-everything'").doesNotContain("Exception");

        CliRun badOption = CliRun.runRaw("ingest", "--data", "x", "--out", "y", "--colour", "red");
        assertThat(badOption.exitStatus()).isEqualTo(2);
        assertThat(badOption.err()).contains("command ingest has no option --colour");
    }

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
