package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the settle contracts share: a temporary folder for the data and the output, a database of
 * the kind the subclass names, and the commands as an operator types them.
 */
@SlowTest
abstract class SettleCommandLine {

    @TempDir
    Path temp;

    TestDatabase database;
    Path data;
    Path out;

    abstract TestDatabase database();

    /** An ingest on that business date, which must end well. */
    void ingest(String asOf) {
        CliRun ingest = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out.toString(),
                "--as-of", asOf);
        assertThat(ingest.exitStatus()).as(ingest.err()).isZero();
    }

    CliRun settle(String period) {
        return CliRun.run(database, "settle", "--data", data.toString(), "--out", out.toString(), "--period", period);
    }

    CliRun nightly(String asOf) {
        return CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(), "--as-of", asOf);
    }
}
