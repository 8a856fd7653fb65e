package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxIngestPostgresTest extends InboxIngestContract {

    @TempDir
    Path out;

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }

    /** The planner knows the sizes of what was just loaded, whether or not autovacuum runs. */
    @Test
    void theIngestLeavesPlannerStatisticsOfTheTablesItFilled() {
        try (TestDatabase database = database()) {
            CliRun run = CliRun.run(database, "ingest", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                    out.toString(), "--as-of", "2026-11-23");
            assertThat(run.exitStatus()).as(run.err()).isZero();

            for (String table : new String[] {"declaration_line", "declaration", "allocation"}) {
                assertThat(database.dsl().fetchValue(
                        "select count(*) from pg_stats where schemaname = current_schema() and tablename = ?", table))
                        .as("statistics of " + table).isNotEqualTo(0L);
            }
        }
    }
}
