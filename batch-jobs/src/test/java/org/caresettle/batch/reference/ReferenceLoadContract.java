package org.caresettle.batch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.ReferenceFixture;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference loads and their versions, run on each database by a subclass. */
@SlowTest
abstract class ReferenceLoadContract {

    @TempDir
    Path temp;

    abstract TestDatabase database();

    @Test
    void loadsChangedFilesOnlyAndKeepsEveryEarlierLoad() {
        TestDatabase database = database();
        ReferenceFixture fixture = new ReferenceFixture();
        Path data = fixture.writeTo(temp.resolve("data"));
        String out = temp.resolve("out").toString();

        CliRun first = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out);
        assertThat(first.exitStatus()).isZero();
        assertThat(first.out()).contains("municipalities.csv: loaded 3 rows").contains("allocations.csv: loaded 3 rows");
        assertThat(Queries.count(database, "select count(*) from reference_load")).isEqualTo(8);
        assertThat(Queries.count(database, "select count(*) from allocation")).isEqualTo(3);
        assertThat(Queries.count(database, "select share_millionths from pooling_key where municipality_code = '0405'"))
                .isEqualTo(550000);

        CliRun unchanged = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out);
        assertThat(unchanged.exitStatus()).isZero();
        assertThat(unchanged.out()).contains("allocations.csv: unchanged (3 rows)");
        assertThat(Queries.count(database, "select count(*) from reference_load")).isEqualTo(8);

        fixture.appendLine("allocations.csv", "1002,0405,999900043,12345678,JW,45,45A01,2026-03-01,,4,04,4,,ACTIVE")
                .writeTo(data);
        CliRun changed = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out);
        assertThat(changed.exitStatus()).isZero();
        assertThat(changed.out()).contains("allocations.csv: loaded 4 rows").contains("providers.csv: unchanged");
        assertThat(Queries.count(database, "select count(*) from reference_load")).isEqualTo(9);
        assertThat(Queries.count(database, "select count(*) from allocation")).isEqualTo(3 + 4);
    }

    @Test
    void aRefusedFileStoresNothingOfAnyFile() {
        TestDatabase database = database();
        ReferenceFixture fixture = new ReferenceFixture();
        Path data = fixture.writeTo(temp.resolve("data"));
        String out = temp.resolve("out").toString();
        assertThat(CliRun.run(database, "ingest", "--data", data.toString(), "--out", out).exitStatus()).isZero();

        fixture.appendLine("providers.csv", "11112222,Nieuwe aanbieder")
                .replaceLine("pooling_keys.csv", 4, "WF,2026,0532,0.250001")
                .writeTo(data);
        CliRun refused = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out);

        assertThat(refused.exitStatus()).isEqualTo(2);
        assertThat(refused.err()).contains("reference/pooling_keys.csv").contains("POOLING_KEY_SUM");
        assertThat(Queries.count(database, "select count(*) from reference_load")).isEqualTo(8);
        assertThat(Queries.count(database, "select count(*) from provider")).isEqualTo(2);
    }

    @Test
    void aLoadedFileThatGoesMissingIsRefusedButOneLeftWithItsHeaderIsLoadedEmpty() throws IOException {
        // Issue 11.10: a lost outcomes.csv read as empty clawed back every release without a word.
        TestDatabase database = database();
        Path data = new ReferenceFixture().writeTo(temp.resolve("data"));
        String out = temp.resolve("out").toString();
        assertThat(CliRun.run(database, "ingest", "--data", data.toString(), "--out", out).exitStatus()).isZero();
        Path outcomes = data.resolve("reference/outcomes.csv");
        String header = Files.readString(outcomes).lines().findFirst().orElseThrow() + "\n";
        Files.delete(outcomes);

        CliRun missing = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out);

        assertThat(missing.exitStatus()).isEqualTo(2);
        assertThat(missing.err()).contains("reference/outcomes.csv is missing").contains("header line only");
        assertThat(Queries.count(database, "select count(*) from reference_load")).isEqualTo(8);

        Files.writeString(outcomes, header);
        CliRun emptied = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out);

        assertThat(emptied.exitStatus()).as(emptied.err()).isZero();
        assertThat(emptied.out()).contains("outcomes.csv: loaded 0 rows");
    }
}
