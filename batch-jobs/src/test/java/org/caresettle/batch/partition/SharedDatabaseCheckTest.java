package org.caresettle.batch.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A distributed run, and a worker, need a database every machine reaches: on H2 they are refused. */
class SharedDatabaseCheckTest {

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
    void aWorkerOnH2IsRefused() {
        try (TestDatabase database = TestDatabases.h2File(temp)) {
            CliRun run = CliRun.run(database, "worker");

            assertThat(run.exitStatus()).isEqualTo(2);
            assertThat(run.err()).contains("settlement: refused: worker in distributed mode needs a database");
        }
    }
}
