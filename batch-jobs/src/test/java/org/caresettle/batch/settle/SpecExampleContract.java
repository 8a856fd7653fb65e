package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of SPEC 12 end to end, from the files of {@code sample-data/spec-example}
 * through {@code ingest}, {@code settle} and {@code verify}; and a rerun story on it: a new
 * outcome, then a credit after the release, then unchanged inputs (SPEC 10).
 */
@SlowTest
abstract class SpecExampleContract {

    @TempDir
    Path temp;

    abstract TestDatabase database();

    @Test
    void theWorkedExampleSettlesToTheCentFromItsFiles() throws IOException {
        TestDatabase database = database();
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Path out = temp.resolve("out");

        assertThat(run(database, "ingest", "--data", data.toString(), "--out", out.toString(), "--as-of", "2026-04-10")
                .exitStatus()).isZero();
        assertThat(run(database, "settle", "--data", data.toString(), "--out", out.toString(), "--period", "2026-03")
                .exitStatus()).isZero();

        Path march = out.resolve("statements/2026-03/v1");
        assertThat(total(march.resolve("invoice_0405.csv"))).isEqualTo(395651);
        assertThat(total(march.resolve("invoice_0388.csv"))).isEqualTo(119000);
        assertThat(total(march.resolve("invoice_0532.csv"))).isEqualTo(334750);
        assertThat(run(database, "verify", "--out", out.toString(), "--period", "2026-03").exitStatus()).isZero();
    }

    @Test
    void aNewOutcomeThenACreditAfterTheReleaseThenUnchangedInputs() throws IOException {
        TestDatabase database = database();
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Path outcomes = data.resolve("reference/outcomes.csv");
        String withOutcome = Files.readString(outcomes);
        Files.writeString(outcomes, withOutcome.lines().findFirst().orElseThrow() + "\n");
        Path out = temp.resolve("out");
        String[] ingest = {"ingest", "--data", data.toString(), "--out", out.toString(), "--as-of", "2026-05-10"};
        String[] settleMarch = {"settle", "--data", data.toString(), "--out", out.toString(), "--period", "2026-03"};

        assertThat(run(database, ingest).exitStatus()).isZero();
        assertThat(run(database, settleMarch).exitStatus()).isZero();
        Path v1 = out.resolve("statements/2026-03/v1");
        assertThat(amountOf(v1.resolve("invoice_0388.csv"), "OUTCOME_RELEASE")).isNull();
        var v1Files = SampleData.fingerprints(v1);

        Files.writeString(outcomes, withOutcome);
        assertThat(run(database, ingest).exitStatus()).isZero();
        CliRun second = run(database, settleMarch);
        assertThat(second.exitStatus()).isZero();
        Path v2 = out.resolve("statements/2026-03/v2");
        assertThat(amountOf(v2.resolve("invoice_0388.csv"), "OUTCOME_RELEASE")).isEqualTo(90000);
        assertThat(total(v2.resolve("invoice_0388.csv"))).isEqualTo(119000);
        assertThat(v2.resolve("corrections.csv")).exists();
        assertThat(SampleData.fingerprints(v1)).as("an earlier version never changes").isEqualTo(v1Files);

        Files.writeString(data.resolve("inbox/2026-05-04_12345678_1.csv"), Files.readString(
                data.resolve("inbox/2026-03-03_12345678_1.csv")).lines().findFirst().orElseThrow() + "\n"
                + "EX-APR-0388,2026-05-04,12345678,0388,JW,C202604A,2026-04-01,2026-04-30,2026-05-04,450000,C,"
                + "999900031,R2026040001,R2026030003,2001,43,43A01,2026-03-01,2026-03-31,1,82,450000,450000,C\n");
        assertThat(run(database, ingest).exitStatus()).isZero();
        String[] settleApril = {"settle", "--data", data.toString(), "--out", out.toString(), "--period", "2026-04"};
        assertThat(run(database, settleApril).exitStatus()).isZero();
        Path april = out.resolve("statements/2026-04/v1");
        assertThat(amountOf(april.resolve("invoice_0388.csv"), "OUTCOME_RELEASE")).isEqualTo(-45000);
        assertThat(amountOf(april.resolve("invoice_0388.csv"), "DIRECT")).isEqualTo(-405000);

        CliRun unchanged = run(database, settleApril);
        assertThat(unchanged.exitStatus()).isZero();
        assertThat(unchanged.out()).contains("unchanged");
        assertThat(out.resolve("statements/2026-04/v2")).doesNotExist();
        for (String period : new String[] {"2026-03", "2026-04"}) {
            assertThat(run(database, "verify", "--out", out.toString(), "--period", period).exitStatus()).isZero();
        }
    }

    private static CliRun run(TestDatabase database, String... args) {
        return args[0].equals("verify") ? CliRun.runRaw(args) : CliRun.run(database, args);
    }

    private static long total(Path invoice) throws IOException {
        return amountOf(invoice, "TOTAL");
    }

    /** The amount_cents of the first line of a type (columns of SPEC 9), or null when there is none. */
    private static Long amountOf(Path invoice, String lineType) throws IOException {
        return Files.readAllLines(invoice).stream().skip(1).map(line -> line.split(",", -1))
                .filter(cells -> cells[3].equals(lineType)).findFirst()
                .map(cells -> Long.parseLong(cells[13])).orElse(null);
    }
}
