package org.caresettle.batch.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.caresettle.batch.testsupport.TestBroker;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 end to end: a {@code nightly --distributed} manager and two {@code worker}s, each a JVM
 * of its own, on PostgreSQL and the test broker, write the same bytes (answers, files.csv,
 * statements, reports) as one process does on the same data, with the same rows and counts in the
 * database and the same ingest counts in the manager's summary, and the manager's progress line
 * shows the work of the workers; also when one worker is killed
 * ({@code kill -9}) in the middle of a partition, which the other worker then runs again.
 */
@SlowTest
class DistributedNightlyPostgresTest {

    private static final String AS_OF = "2026-11-23";
    private static final Pattern INBOX_SUMMARY = Pattern.compile("inbox: (.*? rejected), [\\d.]+ s");
    private static final Pattern STARTED = Pattern.compile("running partition \\S+ \\(step execution (\\d+)\\)");

    @TempDir
    Path temp;

    @Test
    void theWestFrieslandSampleGivesTheSameFilesOnTwoWorkers() throws Exception {
        assertSameAsOneProcess(SampleData.WEST_FRIESLAND, false);
    }

    @Test
    void aGeneratedDataSetGivesTheSameFilesOnTwoWorkersEvenWhenOneIsKilled() throws Exception {
        Path data = temp.resolve("generated");
        CliRun generated = CliRun.runRaw("generate", "--out", data.toString(), "--lines", "20000", "--seed", "7");
        assertThat(generated.exitStatus()).as(generated.err()).isZero();

        assertSameAsOneProcess(data, true);
    }

    private void assertSameAsOneProcess(Path data, boolean killAWorker) throws Exception {
        Path single = temp.resolve("out-single");
        Map<String, Object> singleRows;
        String singleCounts;
        try (TestDatabase database = TestDatabases.postgres()) {
            CliRun run = CliRun.run(database, nightly(data, single).toArray(String[]::new));
            assertThat(run.exitStatus()).as(run.err()).isZero();
            singleRows = rowsAndTotals(database);
            singleCounts = inboxCounts(run.out() + run.err());
        }

        Path distributed = temp.resolve("out-distributed");
        List<String> shared = new ArrayList<>();
        try (TestDatabase database = TestDatabases.postgres()) {
            shared.addAll(database.springArguments());
            shared.addAll(TestBroker.get().springArguments());
            try (SettlementProcess first = worker("worker-1", shared);
                    SettlementProcess second = worker("worker-2", shared)) {
                List<String> manager = nightly(data, distributed);
                manager.add("--distributed");
                manager.add("--settlement.progress.interval=500ms");
                manager.addAll(shared);
                try (SettlementProcess run = SettlementProcess.start(temp.resolve("manager.log"), manager)) {
                    if (killAWorker) {
                        first.awaitWhileAlive("a partition in progress", 300, () -> partitionInProgress(first, database) != null);
                        long killed = partitionInProgress(first, database);
                        first.kill();
                        assertThat(run.exitStatus(900)).as(run.log()).isZero();
                        assertThat(second.log()).as("the survivor ran the killed partition again")
                                .contains("again: the worker that had it stopped before finishing")
                                .contains("(step execution " + killed + ") COMPLETED");
                    } else {
                        assertThat(run.exitStatus(900)).as(run.log()).isZero();
                    }
                    assertThat(inboxCounts(run.log())).as("the manager's ingest counts").isEqualTo(singleCounts);
                    assertThat(run.log()).as("the manager's progress line counts what the workers did")
                            .containsPattern("ingest progress: [1-9]\\d* of \\d+ files, [1-9]\\d* lines");
                }
                assertThat(second.stop(150)).as(second.log()).isIn(0, 143);
                assertWorkersRanEveryPartition(database, first.log() + second.log());
            }
            assertThat(rowsAndTotals(database)).as("no line stored or settled twice").isEqualTo(singleRows);
        }

        assertThat(SampleData.fingerprints(distributed)).isEqualTo(SampleData.fingerprints(single));
    }

    /** Every part of the ingest and of the settlement was completed by one of the workers. */
    private static void assertWorkersRanEveryPartition(TestDatabase database, String workerLogs) {
        List<Long> parts = database.dsl().fetch("select step_execution_id from batch_step_execution"
                + " where step_name like 'ingestPartitionStep:%' or step_name like 'settleRegionStep:%'")
                .getValues(0, Long.class);
        assertThat(workerLogs).contains("partition ingestPartitionStep:").contains("partition settleRegionStep:");
        assertThat(parts).isNotEmpty()
                .allSatisfy(part -> assertThat(workerLogs).contains("(step execution " + part + ") COMPLETED"));
    }

    /** Rows of the declaration and settlement tables, and the accepted and rejected amounts. */
    private static Map<String, Object> rowsAndTotals(TestDatabase database) {
        Map<String, Object> result = new TreeMap<>();
        for (String table : List.of("inbox_file", "declaration", "declaration_line", "declaration_response",
                "settlement_version", "statement_line")) {
            result.put(table, database.dsl().fetchCount(database.dsl().selectFrom(table)));
        }
        database.dsl().fetch("select verdict, count(*), sum(amount_cents) from declaration_line group by verdict")
                .forEach(row -> result.put("lines " + row.get(0), row.get(1) + " lines, " + row.get(2) + " cents"));
        return result;
    }

    /** The counts of the manager's ingest summary line, without its times. */
    private static String inboxCounts(String output) {
        Matcher summary = INBOX_SUMMARY.matcher(output);
        assertThat(summary.find()).as("an inbox summary in:\n" + output).isTrue();
        return summary.group(1);
    }

    /** The step execution the worker is in the middle of (it said it started it, and it is STARTED), or null. */
    private static Long partitionInProgress(SettlementProcess worker, TestDatabase database) {
        Matcher started = STARTED.matcher(worker.log());
        Long last = null;
        while (started.find()) {
            last = Long.valueOf(started.group(1));
        }
        if (last == null || worker.log().contains("(step execution " + last + ") COMPLETED")) {
            return null;
        }
        String status = database.dsl().fetchValue(
                "select status from batch_step_execution where step_execution_id = ?", last).toString();
        return "STARTED".equals(status) ? last : null;
    }

    private SettlementProcess worker(String name, List<String> shared) throws Exception {
        List<String> args = new ArrayList<>(List.of("worker"));
        args.addAll(shared);
        SettlementProcess worker = SettlementProcess.start(temp.resolve(name + ".log"), args);
        worker.awaitWhileAlive("the worker listening", 120, () -> worker.log().contains("running partitions from queue"));
        return worker;
    }

    private static List<String> nightly(Path data, Path out) {
        return new ArrayList<>(List.of("nightly", "--data", data.toString(), "--out", out.toString(), "--as-of", AS_OF));
    }
}
