package org.caresettle.batch.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11: a {@code nightly} killed with {@code kill -9} at several moments (after the ingest,
 * while settling, after a version is published, while reporting) and run again ends with exactly
 * the files of a night that was never interrupted: every answer, {@code files.csv}, every statement
 * version and every report, byte for byte; {@code verify} passes on every period; and no
 * half-written file is left anywhere in the output folder.
 */
@SlowTest
class NightlyCrashRecoveryH2Test {

    private static final String AS_OF = "2026-11-23";

    /** Shared by the uninterrupted night and every killed one (each has its own out and database). */
    @TempDir
    static Path temp;

    private static Path data;
    private static Map<String, String> uninterrupted;

    /** The moment of the kill: the first time the output folder shows this. */
    enum Moment {
        AFTER_THE_INGEST(out -> Files.exists(out.resolve("files.csv"))),
        WHILE_A_VERSION_IS_WRITTEN(out -> anyBelow(out.resolve("statements"), p -> fileName(p).endsWith(".tmp"))
                || publishedVersions(out) >= 2),
        AFTER_THE_FIRST_VERSION_IS_PUBLISHED(out -> publishedVersions(out) >= 1),
        WHILE_REPORTING(out -> Files.isDirectory(out.resolve("reports")));

        private final Predicate<Path> seen;

        Moment(Predicate<Path> seen) {
            this.seen = seen;
        }
    }

    @BeforeAll
    static void anUninterruptedNight() {
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        Path uninterruptedOut = temp.resolve("out-uninterrupted");
        CliRun night = CliRun.run(TestDatabases.h2(), nightly(uninterruptedOut));
        assertThat(night.exitStatus()).as(night.err()).isZero();
        uninterrupted = SampleData.fingerprints(uninterruptedOut);
        assertThat(publishedVersions(uninterruptedOut)).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Moment.class)
    void aNightKilledAtThisMomentEndsAsIfNeverInterrupted(Moment moment) throws Exception {
        Path out = temp.resolve("out-" + moment.name().toLowerCase());
        TestDatabase database = TestDatabases.h2File(temp.resolve("db-" + moment.name().toLowerCase()));
        List<String> args = new ArrayList<>(List.of(nightly(out)));
        args.addAll(database.springArguments());
        try (SettlementProcess night = SettlementProcess.start(temp.resolve(moment + ".log"), args)) {
            night.awaitWhileAlive(moment.name(), 180, () -> moment.seen.test(out));
            night.kill();
        }

        CliRun again = CliRun.run(database, nightly(out));

        assertThat(again.exitStatus()).as(again.err()).isZero();
        assertThat(SampleData.fingerprints(out)).isEqualTo(uninterrupted);
        try (Stream<Path> periods = Files.list(out.resolve("statements"))) {
            for (Path period : periods.toList()) {
                CliRun verify = CliRun.run(database, "verify", "--out", out.toString(), "--period", fileName(period));
                assertThat(verify.exitStatus()).as(verify.out() + verify.err()).isZero();
            }
        }
    }

    private static String[] nightly(Path out) {
        return new String[] {"nightly", "--data", data.toString(), "--out", out.toString(), "--as-of", AS_OF};
    }

    private static int publishedVersions(Path out) {
        Path statements = out.resolve("statements");
        if (!Files.isDirectory(statements)) {
            return 0;
        }
        try (Stream<Path> periods = Files.list(statements)) {
            return (int) periods.filter(period -> Files.isDirectory(period.resolve("v1"))).count();
        } catch (IOException e) {
            // A folder renamed while it is listed: not there yet.
            return 0;
        }
    }

    private static boolean anyBelow(Path folder, Predicate<Path> test) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.anyMatch(test);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static String fileName(Path path) {
        return path.getFileName().toString();
    }
}
