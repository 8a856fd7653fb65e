package org.caresettle.batch.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
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
}
