package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.OutFolderClaim;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest split by provider into parts that run side by side (issue 6) gives exactly what one
 * part on one thread gives: the same answers byte for byte, the same files.csv and the same
 * verdicts in the database. Runs on each database through a subclass.
 */
@SlowTest
abstract class PartitionedIngestContract {

    private static final String AS_OF = "2026-11-23";
    private static final String[] ONE_PART = {"--settlement.partitions.grid=1", "--settlement.partitions.threads=1"};
    private static final String[] EIGHT_PARTS = {"--settlement.partitions.grid=8", "--settlement.partitions.threads=2"};

    @TempDir
    Path temp;

    private TestDatabase onePassDb;
    private TestDatabase partsDb;

    abstract TestDatabase database();

    @Test
    void theWestFrieslandSampleInPartsEqualsOnePass() throws IOException {
        assertPartsEqualOnePass(SampleData.WEST_FRIESLAND);
    }

    /** ... and settling every period of it afterwards gives the same statements byte for byte. */
    @Test
    void aGeneratedInboxInPartsEqualsOnePassDownToTheStatements() throws IOException {
        Path data = temp.resolve("generated");
        assertThat(CliRun.runRaw("generate", "--out", data.toString(), "--lines", "20000", "--seed", "11").exitStatus())
                .isZero();
        assertPartsEqualOnePass(data);

        List<String> periods = onePassDb.dsl().fetch("select distinct settlement_period from declaration_line "
                + "where verdict = 'ACCEPTED' order by settlement_period").map(r -> r.get(0, String.class));
        assertThat(periods).isNotEmpty();
        for (String period : periods) {
            settle(onePassDb, data, temp.resolve("one-pass"), period);
            settle(partsDb, data, temp.resolve("parts"), period);
        }
        assertThat(SampleData.fingerprints(temp.resolve("parts").resolve("statements")))
                .isEqualTo(SampleData.fingerprints(temp.resolve("one-pass").resolve("statements")));
    }

    private static void settle(TestDatabase database, Path data, Path out, String period) {
        CliRun run = CliRun.run(database, "settle", "--data", data.toString(), "--out", out.toString(), "--period", period);
        assertThat(run.exitStatus()).as(run.err()).isZero();
    }

    /**
     * One part fails (its provider's answer folder is blocked by a file) while the others finish;
     * the next run restarts only that part, from its stored context, and the end result is still
     * the one pass's.
     */
    @Test
    void aFailedPartIsRunAgainByTheNextRunWithTheSameResult() throws IOException {
        Path data = SampleData.WEST_FRIESLAND;
        onePassDb = database();
        Path onePassOut = temp.resolve("one-pass");
        ingest(onePassDb, data, onePassOut, ONE_PART);

        partsDb = database();
        Path partsOut = temp.resolve("parts");
        OutFolderClaim.claim(partsDb, data, partsOut, temp);
        Path blocked = partsOut.resolve("responses").resolve("41710023");
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "not a folder");
        CliRun failed = CliRun.run(partsDb, ingestArgs(data, partsOut, EIGHT_PARTS));
        assertThat(failed.exitStatus()).as(failed.err()).isEqualTo(1);
        assertThat(Queries.count(partsDb, "select count(*) from batch_step_execution "
                + "where step_name like 'ingestPartitionStep:%' and status = 'COMPLETED'")).isPositive();
        // the plan table (issue 17): a completed part's files are gone, the failed part's kept for its rerun
        assertThat(Queries.count(partsDb, "select count(*) from inbox_plan_file")).isPositive();
        Files.delete(blocked);

        CliRun resumed = ingest(partsDb, data, partsOut, EIGHT_PARTS);
        assertThat(Queries.count(partsDb, "select count(*) from inbox_plan_file")).isZero();

        assertThat(resumed.out()).contains("resumed the unfinished ingest");
        assertThat(SampleData.fingerprints(partsOut.resolve("responses")))
                .isEqualTo(SampleData.fingerprints(onePassOut.resolve("responses")));
        assertThat(Files.readString(partsOut.resolve("files.csv"))).isEqualTo(Files.readString(onePassOut.resolve("files.csv")));
        assertThat(verdicts(partsDb)).isEqualTo(verdicts(onePassDb));
    }

    private void assertPartsEqualOnePass(Path data) throws IOException {
        onePassDb = database();
        Path onePassOut = temp.resolve("one-pass");
        CliRun onePass = ingest(onePassDb, data, onePassOut, ONE_PART);
        partsDb = database();
        Path partsOut = temp.resolve("parts");
        CliRun parts = ingest(partsDb, data, partsOut, EIGHT_PARTS);

        assertThat(Queries.count(onePassDb, "select count(*) from batch_step_execution "
                + "where step_name like 'ingestPartitionStep:%'")).isEqualTo(1);
        assertThat(Queries.count(partsDb, "select count(*) from batch_step_execution "
                + "where step_name like 'ingestPartitionStep:%'")).as("parts").isGreaterThan(1);
        assertThat(SampleData.fingerprints(partsOut.resolve("responses")))
                .isEqualTo(SampleData.fingerprints(onePassOut.resolve("responses")));
        assertThat(Files.readString(partsOut.resolve("files.csv"))).isEqualTo(Files.readString(onePassOut.resolve("files.csv")));
        assertThat(verdicts(partsDb)).isEqualTo(verdicts(onePassDb));
        assertThat(summaryCounts(parts)).isEqualTo(summaryCounts(onePass));
    }

    private static CliRun ingest(TestDatabase database, Path data, Path out, String... settings) {
        CliRun run = CliRun.run(database, ingestArgs(data, out, settings));
        assertThat(run.exitStatus()).as(run.err()).isZero();
        return run;
    }

    private static String[] ingestArgs(Path data, Path out, String... settings) {
        List<String> args = new ArrayList<>(List.of("ingest", "--data", data.toString(), "--out", out.toString(),
                "--as-of", AS_OF));
        args.addAll(List.of(settings));
        return args.toArray(String[]::new);
    }

    /** Every stored declaration and line with what was decided, in processing order; ids left out, they differ. */
    private static List<String> verdicts(TestDatabase database) {
        return database.dsl().fetch("""
                select f.file_name, f.outcome, f.reason, d.file_ordinal, d.provider_agb, d.answer_code,
                       d.declaration_codes, d.rule_names, d.awarded_total_cents, l.line_ordinal, l.reference,
                       l.verdict, l.codes, l.rule_names, l.credited_by_line_id is not null as credited,
                       l.reverses_line_id is not null as reverses
                from inbox_file f
                left join declaration d on d.file_id = f.file_id
                left join declaration_line l on l.declaration_id = d.declaration_id
                order by f.processing_order, d.file_ordinal, l.line_ordinal""")
                .map(r -> r.intoList().toString());
    }

    /** The inbox summary line without its time and speed, which differ from run to run. */
    private static String summaryCounts(CliRun run) {
        return run.out().lines().filter(line -> line.startsWith("inbox:")).findFirst().orElseThrow()
                .replaceAll(", [0-9.]+ s, [0-9]+ lines/s$", "");
    }
}
