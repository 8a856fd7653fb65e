package org.caresettle.batch.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A distributed run, and a worker, need a database every machine reaches, and absolute folders. */
@SlowTest
class DistributedRunCheckTest {

    @TempDir
    Path temp;

    @Test
    void aDistributedRunOnH2IsRefusedBeforeItStarts() {
        try (TestDatabase database = TestDatabases.h2File(temp)) {
            CliRun run = CliRun.run(database, "nightly", "--data", SampleData.WEST_FRIESLAND.toString(),
                    "--out", temp.resolve("out").toString(), "--distributed");

            assertThat(run.exitStatus()).isEqualTo(2);
            assertThat(run.err()).contains("settlement: refused: nightly in distributed mode needs a database that every"
                    + " machine reaches, such as PostgreSQL");
            assertThat(temp.resolve("out").resolve("responses")).doesNotExist();
        }
    }

    @Test
    void aDistributedRunWithRelativeFoldersIsRefused() {
        try (TestDatabase database = TestDatabases.postgres()) {
            CliRun run = CliRun.run(database, "ingest", "--data", "../sample-data/west-friesland", "--out",
                    temp.resolve("out").toString(), "--distributed");

            assertThat(run.exitStatus()).isEqualTo(2);
            assertThat(run.err()).contains("settlement: refused: --data ../sample-data/west-friesland: a distributed run"
                    + " needs absolute folders (the workers resolve them on their own machines)");
        }
    }

    @Test
    void aWorkerOnH2IsRefused() {
        try (TestDatabase database = TestDatabases.h2File(temp)) {
            CliRun run = CliRun.run(database, "worker");

            assertThat(run.exitStatus()).isEqualTo(2);
            assertThat(run.err()).contains("settlement: refused: worker in distributed mode needs a database");
        }
    }
}
