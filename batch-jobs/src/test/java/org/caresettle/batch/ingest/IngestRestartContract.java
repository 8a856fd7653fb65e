package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.OutFolderClaim;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing the ingest in the middle of a large file ({@code kill -9}) and running it again
 * finishes the work with every line decided exactly once: the stored lines, the answers and
 * files.csv are the same as those of a run that was never interrupted. A rerun that resumes a
 * failed ingest (issue 11) names why a part failed, passes over files that left the inbox or
 * changed meanwhile, and checks the files it ingests against the reference data as it is now.
 */
@SlowTest
abstract class IngestRestartContract {

    private static final String BULK_FILE = "2026-05-01_12345678_bulk.csv";
    private static final int DECLARATIONS = 4000;

    @TempDir
    Path temp;

    /** A fresh database for the interrupted run, reachable from a second process. */
    abstract TestDatabase killableDatabase();

    abstract TestDatabase database();

    @Test
    void aKilledIngestCompletesOnTheNextRunAsIfNeverInterrupted() throws Exception {
        Path data = dataWithBulkFile();
        Uninterrupted uninterrupted = uninterrupted(data);

        TestDatabase interrupted = killableDatabase();
        Path outB = temp.resolve("out-b");
        killMidFile(interrupted, ingest(data, outB), outB);
        assertThat(Queries.count(interrupted, "select count(*) from inbox_file where file_name = '" + BULK_FILE + "'"))
                .as("the bulk file was not committed when the process died").isZero();

        CliRun resumed = CliRun.run(interrupted, ingest(data, outB));

        assertThat(resumed.exitStatus()).isZero();
        assertThat(resumed.out()).contains("resumed the unfinished ingest");
        uninterrupted.assertSameAs(interrupted, outB);
        assertThat(Queries.count(interrupted, "select count(*) from declaration_line"))
                .isEqualTo(5 + DECLARATIONS * 4L);
    }

    @Test
    void aResumedIngestChecksTheRemainingFilesAgainstTheReferenceDataAsItIsNow() throws Exception {
        Path data = dataWithBulkFile();
        Path changedData = SampleData.copy(data, temp.resolve("changed-data"));
        deleteAllocation1001(changedData);
        Uninterrupted uninterrupted = uninterrupted(changedData);

        TestDatabase interrupted = killableDatabase();
        Path outB = temp.resolve("out-b");
        killMidFile(interrupted, ingest(data, outB), outB);
        deleteAllocation1001(data);

        CliRun resumed = CliRun.run(interrupted, ingest(data, outB));

        assertThat(resumed.exitStatus()).isZero();
        assertThat(resumed.out()).contains("resumed the unfinished ingest", "allocations.csv: loaded 3 rows");
        assertThat(Queries.count(interrupted, "select count(*) from declaration_line where codes like '%9384%'"))
                .as("every bulk line is on the deleted allocation 1001").isGreaterThanOrEqualTo(DECLARATIONS * 4L);
        uninterrupted.assertSameAs(interrupted, outB);
    }

    @Test
    void aFailedPartNamesItsReasonWhenItFailsAndWhenItsResumeFails() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Uninterrupted uninterrupted = uninterrupted(data);

        TestDatabase failing = database();
        Path outB = temp.resolve("out-b");
        Path blocker = blockAnswersOf("12345678", failing, data, outB);
        for (int run = 2; run <= 3; run++) {
            CliRun failed = CliRun.run(failing, ingest(data, outB));
            assertThat(failed.exitStatus()).isEqualTo(1);
            assertThat(failed.err()).as("run " + run).contains("ingest failed: " + blocker)
                    .doesNotContain("Partition handler");
            assertThat(Files.readString(outB.resolve("runs").resolve(run + ".json"))).as("run record " + run)
                    .contains("\"message\": \"" + blocker + "\"");
        }
        Files.delete(blocker);

        CliRun resumed = CliRun.run(failing, ingest(data, outB));

        assertThat(resumed.exitStatus()).isZero();
        assertThat(resumed.out()).contains("resumed the unfinished ingest");
        uninterrupted.assertSameAs(failing, outB);
    }

    @Test
    void aFileThatLeftTheInboxOrChangedBeforeTheResumeIsListedAsVanishedAndTheRestIngested() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Path inbox = data.resolve("inbox");
        TestDatabase database = database();
        Path out = temp.resolve("out");
        Path blocker = blockAnswersOf("12345678", database, data, out);
        assertThat(CliRun.run(database, ingest(data, out)).exitStatus()).isEqualTo(1);
        Files.delete(blocker);
        Path gone = inbox.resolve("2026-04-03_12345678_1.csv");
        byte[] goneContent = Files.readAllBytes(gone);
        Files.delete(gone);
        Path changed = inbox.resolve("2026-03-03_12345678_1.csv");
        Files.writeString(changed, Files.readString(changed).replace("R2026020001", "R2026020009"));

        CliRun resumed = CliRun.run(database, ingest(data, out));

        assertThat(resumed.exitStatus()).isZero();
        assertThat(resumed.out()).contains("resumed the unfinished ingest", "2 vanished");
        assertThat(filesList(out)).containsExactly(
                "2026-03-03_12345678_1.csv,VANISHED,changed in the inbox after this ingest listed it; "
                        + "the next ingest takes it as it is now",
                "2026-04-03_12345678_1.csv,VANISHED,no longer in the inbox",
                "2026-04-06_87654321_1.csv,INGESTED,");

        Files.write(gone, goneContent);
        assertThat(CliRun.run(database, ingest(data, out)).exitStatus()).isZero();

        assertThat(filesList(out)).containsExactly(
                "2026-03-03_12345678_1.csv,VANISHED,changed in the inbox after this ingest listed it; "
                        + "the next ingest takes it as it is now",
                "2026-04-06_87654321_1.csv,INGESTED,",
                "2026-03-03_12345678_1.csv,INGESTED,",
                "2026-04-03_12345678_1.csv,INGESTED,");
        assertThat(Queries.count(database, "select count(*) from declaration_line")).isEqualTo(5);
    }

    /** The worked example's inbox and a bulk file on allocation 1001, big enough to be killed in. */
    private Path dataWithBulkFile() throws IOException {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        writeBulkFile(data.resolve("inbox").resolve(BULK_FILE));
        return data;
    }

    /** Ingests {@code data} in one run that nothing interrupts: what a resumed run must equal. */
    private Uninterrupted uninterrupted(Path data) {
        TestDatabase database = database();
        Path out = temp.resolve("out-a");
        assertThat(CliRun.run(database, ingest(data, out)).exitStatus()).isZero();
        return new Uninterrupted(database, out);
    }

    private record Uninterrupted(TestDatabase database, Path out) {

        /** The same stored lines, answers and files.csv. */
        void assertSameAs(TestDatabase other, Path otherOut) {
            assertThat(storedLines(other)).isEqualTo(storedLines(database));
            assertThat(SampleData.fingerprints(otherOut)).isEqualTo(SampleData.fingerprints(out));
        }
    }

    @Test
    void aResumeWithoutItsInboxFolderIsRefusedAsAFreshRunIs() throws Exception {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        TestDatabase database = database();
        Path out = temp.resolve("out");
        Path blocker = blockAnswersOf("12345678", database, data, out);
        assertThat(CliRun.run(database, ingest(data, out)).exitStatus()).isEqualTo(1);
        Files.delete(blocker);
        Files.move(data.resolve("inbox"), temp.resolve("inbox-elsewhere"));

        CliRun resumed = CliRun.run(database, ingest(data, out));

        assertThat(resumed.exitStatus()).isEqualTo(2);
        assertThat(resumed.err()).contains("no inbox folder");
        assertThat(Queries.count(database, "select count(*) from inbox_file where outcome = 'VANISHED'")).isZero();
    }

    /** A plain file where the provider's answer folder belongs: the provider's part fails on its first answer. */
    /** Puts a plain file where the provider's answer folder goes, so every part with its files fails. */
    private Path blockAnswersOf(String provider, TestDatabase database, Path data, Path out) throws IOException {
        OutFolderClaim.claim(database, data, out, temp);
        return Files.createFile(Files.createDirectories(out.resolve("responses")).resolve(provider));
    }

    private static void deleteAllocation1001(Path data) throws IOException {
        Path allocations = data.resolve("reference").resolve("allocations.csv");
        String active = "1001,0405,999900018,12345678,JW,45,45A01,2026-01-01,2026-12-31,10,04,4,,ACTIVE";
        String content = Files.readString(allocations);
        assertThat(content).contains(active);
        Files.writeString(allocations, content.replace(active, active.replace("ACTIVE", "DELETED")));
    }

    /** files.csv as name, outcome and reason per file, in its order. */
    private static List<String> filesList(Path out) throws IOException {
        return Files.readAllLines(out.resolve("files.csv")).stream().skip(1)
                .map(line -> line.split(",", -1))
                .map(cells -> cells[0] + "," + cells[3] + "," + cells[4])
                .toList();
    }

    private static String[] ingest(Path data, Path out) {
        return new String[] {"ingest", "--data", data.toString(), "--out", out.toString(), "--as-of", "2026-05-10"};
    }

    /** Starts the command in a second JVM and kills it (SIGKILL) once it has answered part of the bulk file. */
    private void killMidFile(TestDatabase database, String[] args, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(args));
        command.addAll(database.springArguments());
        Path answers = out.resolve("responses").resolve("12345678");
        try (SettlementProcess run = SettlementProcess.start(temp.resolve("killed-run.log"), command)) {
            run.awaitWhileAlive("50 answers of the bulk file (if the run ended first, make the bulk file bigger)", 120,
                    () -> bulkAnswers(answers) >= 50);
            run.kill();
        }
    }

    private static long bulkAnswers(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(BULK_FILE)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> storedLines(TestDatabase database) {
        return database.dsl().fetch("""
                select f.file_name, d.file_ordinal, d.answer_code, l.line_ordinal, l.reference, l.verdict, l.codes,
                       l.credited_by_line_id is not null as credited
                from declaration_line l join declaration d on d.declaration_id = l.declaration_id
                join inbox_file f on f.file_id = d.file_id
                order by f.file_name, d.file_ordinal, l.line_ordinal""")
                .map(r -> r.intoList().toString());
    }

    /**
     * Many small April declarations on allocation 1001 of the worked example: the first hours fit
     * the monthly cap, later ones are rejected (9321), so the cumulative checks matter.
     */
    private static void writeBulkFile(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("message_id,message_date,provider_agb,municipality_code,law,declaration_number,period_start,"
                    + "period_end,declaration_date,total_cents,total_dc,bsn,reference,previous_reference,"
                    + "allocation_number,category,code,product_start,product_end,volume,unit,tariff_cents,amount_cents,dc\n");
            for (int d = 1; d <= DECLARATIONS; d++) {
                for (int l = 1; l <= 4; l++) {
                    int day = 1 + (d + l) % 28;
                    String date = String.format("2026-04-%02d", day);
                    out.write("B" + d + ",2026-05-01,12345678,0405,JW,BULK" + d + ",2026-04-01,2026-04-30,2026-05-01,34200,D,"
                            + "999900006,R" + d + "-" + l + ",,1001,45,45A01," + date + "," + date + ",1,04,8550,8550,D\n");
                }
            }
        }
    }
}
