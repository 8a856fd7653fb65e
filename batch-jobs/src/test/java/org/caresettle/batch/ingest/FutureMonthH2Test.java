package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11.3: declarations for months that have not ended by their declaration date (the current
 * month, next month, 9999-12) were accepted, published a version of that month and stopped every
 * later night for want of a pooling key. Now they are answered 8848 and nothing of them is settled.
 */
@SlowTest
class FutureMonthH2Test {

    private static final String HEADER = "message_id,message_date,provider_agb,municipality_code,law,"
            + "declaration_number,period_start,period_end,declaration_date,total_cents,total_dc,bsn,reference,"
            + "previous_reference,allocation_number,category,code,product_start,product_end,volume,unit,"
            + "tariff_cents,amount_cents,dc\n";

    @TempDir
    Path temp;

    @Test
    void futureMonthsAreRejected8848AndNeverSettled() throws IOException {
        TestDatabase database = TestDatabases.h2();
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Files.writeString(data.resolve("inbox/2026-04-07_12345678_future.csv"), HEADER
                + line("FUT-APR", "D2026040", "2026-04-01", "2026-04-30", "R2026040001")
                + line("FUT-MAY", "D2026050", "2026-05-01", "2026-05-31", "R2026050001")
                + line("FUT-9999", "D9999120", "9999-12-01", "9999-12-31", "R9999120001"));
        Path out = temp.resolve("out");

        CliRun run = CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(),
                "--as-of", "2026-04-07");

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(Queries.count(database, "select count(*) from declaration where declaration_codes = '8848'"))
                .isEqualTo(3);
        assertThat(Files.readString(out.resolve("responses/12345678/2026-04-07_12345678_future.csv.FUT-MAY.csv")))
                .contains("REJECTED").contains("8848");
        assertThat(out.resolve("statements/2026-03")).isDirectory();
        assertThat(out.resolve("statements/2026-04")).doesNotExist();
        assertThat(out.resolve("statements/2026-05")).doesNotExist();
        assertThat(out.resolve("statements/9999-12")).doesNotExist();
    }

    /** A debit of 1 hour on allocation 1001 (Hoorn, 45A01), declared on 2026-04-07. */
    private static String line(String messageId, String number, String start, String end, String reference) {
        return String.join(",", messageId, "2026-04-07", "12345678", "0405", "JW", number, start, end,
                "2026-04-07", "8550", "D", "999900018", reference, "", "1001", "45", "45A01", start, start, "1",
                "04", "8550", "8550", "D") + "\n";
    }
}
