package org.caresettle.batch.ownership;

import org.caresettle.batch.exit.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 11, fault 2: a database that does not own --out must not write into it. Each case is a
 * database and an out folder that do not belong together, and each command that writes to --out
 * is refused with exit 2 before it writes anything: the whole out tree (run records and hidden
 * files included) keeps its bytes and times.
 */
@SlowTest
class OutFolderOwnershipH2Test {

    private static final String AS_OF = "2026-05-10";

    @TempDir
    Path temp;

    @Test
    void aFreshDatabaseAndAFreshOutFolderAreClaimedAndWorkTogether() {
        try (TestDatabase database = TestDatabases.h2()) {
            Path out = temp.resolve("out");
            assertThat(nightly(database, data(), out).exitStatus()).isZero();
            assertThat(out.resolve(".settlement-owner")).content().contains("database_id="
                    + database.dsl().fetchValue("select database_id from database_identity"));

            assertThat(nightly(database, data(), out).exitStatus()).isZero();
            assertThat(CliRun.run(database, "report", "--data", data().toString(), "--out", out.toString(),
                    "--period", "2026-03").exitStatus()).isZero();
        }
    }

    /** After {@code rm -rf var}: a new database with the used folder would answer every file again. */
    @ParameterizedTest
    @ValueSource(strings = {"nightly", "ingest", "settle", "report"})
    void aNewDatabaseIsRefusedTheFolderOfAnotherBeforeWritingAnything(String command) {
        Path data = data();
        Path out = temp.resolve("out");
        try (TestDatabase lost = TestDatabases.h2()) {
            assertThat(nightly(lost, data, out).exitStatus()).isZero();
        }
        Map<String, String> before = FolderSnapshot.of(out);
        try (TestDatabase fresh = TestDatabases.h2()) {
            CliRun run = command.equals("settle") || command.equals("report")
                    ? CliRun.run(fresh, command, "--data", data.toString(), "--out", out.toString(), "--period", "2026-03")
                    : CliRun.run(fresh, command, "--data", data.toString(), "--out", out.toString(), "--as-of", AS_OF);

            assertThat(run.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(run.err()).contains("belongs to another database", "back-up", "a new, empty --out folder");
            assertThat(FolderSnapshot.of(out)).isEqualTo(before);
            assertThat(fresh.dsl().fetch("select outcome from run_log").getValues(0, String.class))
                    .containsExactly("REFUSED");
            assertThat(fresh.dsl().fetchCount(fresh.dsl().selectFrom("inbox_file"))).isZero();
        }
    }

    @Test
    void anotherRegionsDatabaseIsRefusedThisRegionsFolder() {
        Path regionA = temp.resolve("out-a");
        Path regionB = temp.resolve("out-b");
        try (TestDatabase a = TestDatabases.h2(); TestDatabase b = TestDatabases.h2()) {
            assertThat(nightly(a, data(), regionA).exitStatus()).isZero();
            assertThat(CliRun.run(b, "ingest", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                    regionB.toString(), "--as-of", "2026-11-23").exitStatus()).isZero();
            Map<String, String> before = FolderSnapshot.of(regionA);

            CliRun run = CliRun.run(b, "nightly", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                    regionA.toString(), "--as-of", "2026-11-24");

            assertThat(run.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(run.err()).contains(regionA + " belongs to another database", "writes to " + regionB);
            assertThat(FolderSnapshot.of(regionA)).isEqualTo(before);
        }
    }

    /** A typo in --out: the answers would go where no provider looks, and the right folder would never get them. */
    @Test
    void aUsedDatabaseIsRefusedANewFolder() throws IOException {
        Path out = temp.resolve("out");
        Path typo = temp.resolve("otu");
        try (TestDatabase database = TestDatabases.h2()) {
            assertThat(nightly(database, data(), out).exitStatus()).isZero();
            Map<String, String> before = FolderSnapshot.of(out);

            CliRun run = nightly(database, data(), typo);

            assertThat(run.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(run.err()).contains("is new", "into " + out, "restore");
            assertThat(typo).doesNotExist();
            assertThat(FolderSnapshot.of(out)).isEqualTo(before);

            Files.createDirectories(typo);
            assertThat(nightly(database, data(), typo).exitStatus()).as("an empty folder is as new")
                    .isEqualTo(ExitCode.REFUSED);
            assertThat(typo).isEmptyDirectory();
        }
    }

    /**
     * An installation from before the marker whose files.csv is gone (it may be deleted: the next
     * ingest writes it again): nothing shows the folder is this database's, so only the operator's
     * word adopts it.
     */
    @Test
    void anUnmarkedFolderWithoutEvidenceIsAdoptedOnlyOnTheOperatorsWord() throws IOException {
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            assertThat(nightly(database, data(), out).exitStatus()).isZero();
            forgetOwnership(database, out);
            Files.delete(out.resolve("files.csv"));

            assertThat(nightly(database, data(), out).exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(CliRun.run(database, "nightly", "--data", data().toString(), "--out", out.toString(),
                    "--as-of", AS_OF, "--settlement.out.adopt=true").exitStatus()).isZero();

            assertThat(out.resolve(".settlement-owner")).exists();
            assertThat(nightly(database, data(), out).exitStatus()).isZero();
        }
    }

    /** An installation from before the marker: database and folder used, neither marked. */
    @Test
    void anInstallationFromBeforeTheMarkerIsAdoptedOnceWhenItsFilesListMatches() {
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            assertThat(nightly(database, data(), out).exitStatus()).isZero();
            forgetOwnership(database, out);

            assertThat(nightly(database, data(), out).exitStatus()).isZero();

            assertThat(out.resolve(".settlement-owner")).exists();
            assertThat(database.dsl().fetchCount(database.dsl().selectFrom("database_identity"))).isOne();
        }
    }

    @Test
    void anUnmarkedFolderOfAnotherRegionIsNotAdopted() {
        Path regionA = temp.resolve("out-a");
        try (TestDatabase a = TestDatabases.h2(); TestDatabase b = TestDatabases.h2()) {
            assertThat(nightly(a, data(), regionA).exitStatus()).isZero();
            assertThat(CliRun.run(b, "ingest", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                    temp.resolve("out-b").toString(), "--as-of", "2026-11-23").exitStatus()).isZero();
            forgetOwnership(a, regionA);
            forgetOwnership(b, temp.resolve("out-b"));
            Map<String, String> before = FolderSnapshot.of(regionA);

            CliRun run = CliRun.run(b, "nightly", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                    regionA.toString(), "--as-of", "2026-11-24");

            assertThat(run.exitStatus()).isEqualTo(ExitCode.REFUSED);
            assertThat(run.err()).contains("holds output that this database did not write");
            assertThat(FolderSnapshot.of(regionA)).isEqualTo(before);
        }
    }

    /**
     * A run that died after storing the database's id and before writing the marker: the database
     * names a folder that carries no marker. Made here by a run that claimed and was then refused
     * (a report of a period never settled), whose folder is then removed. The rerun claims again,
     * with a new id.
     */
    @Test
    void aClaimCutShortBeforeTheMarkerIsCompletedByTheNextRun() throws IOException {
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            CliRun refused = CliRun.run(database, "report", "--data", data().toString(), "--out", out.toString(),
                    "--period", "2026-05");
            assertThat(refused.exitStatus()).isEqualTo(ExitCode.REFUSED);
            String first = database.dsl().fetchValue("select database_id from database_identity").toString();
            FileSystemUtils.deleteRecursively(out);

            assertThat(nightly(database, data(), out).exitStatus()).isZero();

            String id = database.dsl().fetchValue("select database_id from database_identity").toString();
            assertThat(id).isNotEqualTo(first);
            assertThat(out.resolve(".settlement-owner")).content().contains("database_id=" + id);
        }
    }

    /** verify and explain only read --out: they neither check nor claim it. */
    @Test
    void verifyOnlyReadsTheFolder() {
        Path out = temp.resolve("out");
        try (TestDatabase database = TestDatabases.h2()) {
            assertThat(nightly(database, data(), out).exitStatus()).isZero();
            Map<String, String> before = FolderSnapshot.of(out);
            try (TestDatabase other = TestDatabases.h2()) {
                assertThat(CliRun.run(other, "verify", "--out", out.toString(), "--period", "2026-03").exitStatus())
                        .isZero();
            }
            assertThat(FolderSnapshot.of(out)).isEqualTo(before);
        }
    }

    private static void forgetOwnership(TestDatabase database, Path out) {
        database.dsl().execute("delete from database_identity");
        try {
            Files.delete(out.resolve(".settlement-owner"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path data() {
        Path copy = temp.resolve("data");
        return Files.isDirectory(copy) ? copy : SampleData.copy(SampleData.SPEC_EXAMPLE, copy);
    }

    private static CliRun nightly(TestDatabase database, Path data, Path out) {
        return CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(), "--as-of", AS_OF);
    }
}
