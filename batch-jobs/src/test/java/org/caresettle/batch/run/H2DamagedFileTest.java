package org.caresettle.batch.run;

import org.caresettle.batch.exit.ExitCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A damaged H2 file (issue 11.10) is named as such, with the file and the way back, in one line;
 * another start-up failure on the same file keeps its own message.
 */
@SlowTest
class H2DamagedFileTest {

    private static final byte[] TABLE_DEFINITION = "CREATE CACHED TABLE".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path temp;

    @Test
    void aDamagedFileIsNamedWithTheWayBack() throws Exception {
        TestDatabase database = TestDatabases.h2File(temp.resolve("db"));
        String[] ingest = {"ingest", "--data", SampleData.SPEC_EXAMPLE.toString(), "--out", temp.resolve("out").toString(),
                "--as-of", "2026-11-23"};
        assertThat(CliRun.run(database, ingest).exitStatus()).isZero();
        Path file = onlyFile(temp.resolve("db"));
        byte[] intact = Files.readAllBytes(file);

        Files.write(file, damaged(intact));
        CliRun run = CliRun.run(database, ingest);

        assertThat(run.exitStatus()).isEqualTo(ExitCode.FAILED);
        assertThat(run.err().strip()).doesNotContain("\n")
                .startsWith("settlement: could not start: the H2 database file " + file.toAbsolutePath().normalize()
                        + " is damaged (")
                .contains("docs/operator-guide.md, section \"6. Back up\"");

        Files.write(file, intact);
        List<String> wrongPassword = Stream.concat(Stream.of(ingest), Stream.of("--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(), "--spring.datasource.password=wrong")).toList();
        CliRun refused = CliRun.runRaw(wrongPassword.toArray(String[]::new));
        assertThat(refused.exitStatus()).isEqualTo(ExitCode.FAILED);
        assertThat(refused.err()).startsWith("settlement: could not start: ").doesNotContain("damaged");
    }

    /**
     * Overwrites, in the middle of the file, the bytes just before each stored table definition,
     * which H2 reads back when it opens the file: it then fails as reported, parsing part of the
     * definition as a number.
     */
    private static byte[] damaged(byte[] intact) {
        byte[] bytes = intact.clone();
        int overwritten = 0;
        for (int i = 4; i + TABLE_DEFINITION.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + TABLE_DEFINITION.length, TABLE_DEFINITION, 0, TABLE_DEFINITION.length)) {
                java.util.Arrays.fill(bytes, i - 3, i + 1, (byte) 0x7f);
                overwritten++;
            }
        }
        assertThat(overwritten).as("stored table definitions").isPositive();
        return bytes;
    }

    private static Path onlyFile(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.toString().endsWith(".mv.db")).findFirst().orElseThrow();
        }
    }
}
