package org.caresettle.batch.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A production run refuses to settle or report under the published example pseudonym key. */
@SlowTest
class ProductionKeyTest {

    @TempDir
    Path temp;

    @Test
    void productionNeedsASecretKeyOfItsOwn() {
        TestDatabase database = TestDatabases.h2();
        String data = SampleData.SPEC_EXAMPLE.toString();
        String out = temp.resolve("out").toString();
        assertThat(CliRun.run(database, "ingest", "--data", data, "--out", out, "--as-of", "2026-04-10").exitStatus())
                .isZero();

        CliRun refused = CliRun.run(database, "settle", "--data", data, "--out", out, "--period", "2026-03", "--production");
        assertThat(refused.exitStatus()).isEqualTo(2);
        assertThat(refused.err()).contains("example pseudonym key");

        CliRun profile = CliRun.run(database, "report", "--data", data, "--out", out, "--period", "2026-03",
                "--spring.profiles.active=production");
        assertThat(profile.exitStatus()).isEqualTo(2);
        assertThat(profile.err()).contains("example pseudonym key");

        CliRun secret = CliRun.run(database, "settle", "--data", data, "--out", out, "--period", "2026-03", "--production",
                "--settlement.pseudonym-key=a-secret-of-our-own");
        assertThat(secret.exitStatus()).isZero();
    }

    /** Issue 15: a production nightly under the example key takes in nothing, and says why once. */
    @Test
    void aProductionNightlyWithTheExampleKeyIsRefusedBeforeItIngestsAnything() {
        TestDatabase database = TestDatabases.h2();
        Path out = temp.resolve("out");

        CliRun refused = CliRun.run(database, "nightly", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                out.toString(), "--as-of", "2026-11-23", "--production");

        assertThat(refused.exitStatus()).isEqualTo(2);
        assertThat(refused.err().lines().filter(line -> line.contains("example pseudonym key")).count()).isOne();
        assertThat(refused.out()).doesNotContain("nightly: ingest");
        assertThat(out.resolve("files.csv")).doesNotExist();
        assertThat(out.resolve("responses")).doesNotExist();
        assertThat(Queries.count(database, "select count(*) from inbox_file")).isZero();
    }

    /** Issue 15: serve --production with the example key does not start, rather than refuse every night. */
    @Test
    void aProductionServeWithTheExampleKeyDoesNotStart() {
        CliRun serve = CliRun.run(TestDatabases.h2(), "serve", "--data", SampleData.SPEC_EXAMPLE.toString(), "--out",
                temp.resolve("out").toString(), "--server.port=0", "--production");

        assertThat(serve.exitStatus()).isEqualTo(2);
        assertThat(serve.err()).contains("example pseudonym key");
        assertThat(serve.out()).doesNotContain("nightly runs at");
    }
}
