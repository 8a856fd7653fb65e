package org.caresettle.batch.ownership;

import org.caresettle.batch.exit.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.FolderSnapshot;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database identity on PostgreSQL (issue 11): the database that claimed a folder keeps
 * working with it; another database (a rebuilt one) is refused it before anything is written.
 */
@SlowTest
class OutFolderOwnershipPostgresTest {

    @TempDir
    Path temp;

    @Test
    void theClaimingDatabaseKeepsItsFolderAndAnotherIsRefusedIt() {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Path out = temp.resolve("out");
        try (TestDatabase owner = TestDatabases.postgres(); TestDatabase rebuilt = TestDatabases.postgres()) {
            assertThat(nightly(owner, data, out).exitStatus()).isZero();
            assertThat(out.resolve(".settlement-owner")).content()
                    .contains("database_id=" + owner.dsl().fetchValue("select database_id from database_identity"));
            Map<String, String> before = FolderSnapshot.of(out);

            CliRun refused = nightly(rebuilt, data, out);

            assertThat(refused.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(refused.err()).contains("belongs to another database");
            assertThat(FolderSnapshot.of(out)).isEqualTo(before);
            assertThat(nightly(owner, data, out).exitStatus()).isZero();
        }
    }

    private static CliRun nightly(TestDatabase database, Path data, Path out) {
        return CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(), "--as-of", "2026-05-10");
    }
}
