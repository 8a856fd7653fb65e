package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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

    /**
     * The {@code n}-th new August line of Enkhuizen (1 to 3) in the inbox, ingested on {@code asOf}:
     * August's inputs changed. Each on a day of its own, since a line overlapping another of the same
     * client and product is rejected (and a fourth of the same client and product in a month too).
     */
    void newAugustLine(int n, String asOf) throws IOException {
        String header = Files.readString(data.resolve("inbox/2026-09-04_41710148_01.csv")).lines().findFirst()
                .orElseThrow();
        String day = "2026-08-" + (19 + n);
        String suffix = String.valueOf((char) ('Q' + n));
        Files.writeString(data.resolve("inbox/2026-11-2" + n + "_41710148_1" + n + ".csv"), header + "\n"
                + "KO26080388" + suffix + ";2026-11-2" + n + ";41710148;0388;JW;KOD26080388" + suffix + ";2026-08-01;"
                + "2026-08-31;2026-11-2" + n + ";10200;D;999900614;KO26080009" + n + ";;2239049;45;45A02;" + day + ";"
                + day + ";1;04;10200;10200;D\n");
        CliRun ingest = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out.toString(),
                "--as-of", asOf);
        assertThat(ingest.exitStatus()).as(ingest.err()).isZero();
        assertThat(ingest.out()).as("the new line is accepted").contains("lines 1 accepted 0 rejected");
    }

    CliRun settle(String period) {
        return CliRun.run(database, "settle", "--data", data.toString(), "--out", out.toString(), "--period", period);
    }

    CliRun nightly(String asOf) {
        return CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(), "--as-of", asOf);
    }
}
