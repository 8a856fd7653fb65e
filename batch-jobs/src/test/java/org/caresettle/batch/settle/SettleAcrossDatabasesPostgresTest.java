package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.DeclarationFixture;
import org.caresettle.batch.testsupport.SpecExample;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give byte-identical statements on H2 and on PostgreSQL, first and second version alike. */
@SlowTest
class SettleAcrossDatabasesPostgresTest {

    @TempDir
    Path temp;

    @Test
    void statementsAreByteIdenticalOnH2AndPostgres() throws IOException {
        Map<String, byte[]> h2 = settleBothVersions(TestDatabases.h2(), temp.resolve("h2"));
        Map<String, byte[]> postgres = settleBothVersions(TestDatabases.postgres(), temp.resolve("pg"));

        assertThat(h2.keySet()).contains("2026-03/v1/manifest.csv", "2026-03/v2/corrections.csv");
        assertThat(postgres.keySet()).isEqualTo(h2.keySet());
        h2.forEach((file, bytes) -> assertThat(postgres.get(file)).as(file).isEqualTo(bytes));
    }

    private static Map<String, byte[]> settleBothVersions(TestDatabase database, Path root) throws IOException {
        Path data = SpecExample.dataFolder(root.resolve("data"));
        String out = root.resolve("out").toString();
        assertThat(CliRun.run(database, "ingest", "--data", data.toString(), "--out", out, "--as-of", "2026-04-10")
                .exitStatus()).isZero();
        DeclarationFixture fixture = new DeclarationFixture(database);
        SpecExample.insertDeclarations(fixture);
        assertThat(CliRun.run(database, "settle", "--data", data.toString(), "--out", out, "--period", "2026-03")
                .exitStatus()).isZero();
        var late = fixture.declaration(fixture.inboxFile("2026-04-20_87654321_2.csv"), "EX-MAR-0532B", "87654321",
                "0532", "WMO", "2026-03");
        fixture.debit(late, "W2026030002", "3001", "999900043", "02", "02A01", "2026-03-16", "2026-03-22", 4, "04",
                6200, "");
        assertThat(CliRun.run(database, "settle", "--data", data.toString(), "--out", out, "--period", "2026-03")
                .exitStatus()).isZero();
        return SettleContract.contents(root.resolve("out/statements"));
    }
}
