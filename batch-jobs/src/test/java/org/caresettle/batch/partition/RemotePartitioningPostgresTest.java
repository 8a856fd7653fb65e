package org.caresettle.batch.partition;

import org.caresettle.batch.cli.PreparedCommand;
import org.caresettle.batch.cli.SettlementCli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.job.JobRuns;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.caresettle.batch.testsupport.TestBroker;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The remote partitioning mechanism (issue 7) on a test-only job ({@link PartitionProbeJob}), on
 * PostgreSQL and the test broker: partitions run on the workers, a worker killed in the middle of
 * a partition has that partition run again by another, and a manager that gives up waiting leaves
 * its job restartable with no partition run twice.
 */
@SlowTest
class RemotePartitioningPostgresTest {

    @TempDir
    Path temp;

    private TestDatabase database;
    private List<String> broker;
    private final List<AutoCloseable> processes = new ArrayList<>();

    @BeforeEach
    void setUp() {
        database = TestDatabases.postgres();
        broker = TestBroker.get().springArguments();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = processes.size() - 1; i >= 0; i--) {
            processes.get(i).close();
        }
        database.close();
    }

    @Test
    void partitionsRunOnTheWorkersAndTheManagerWaitsForAllOfThem() throws Exception {
        worker("worker-a");
        worker("worker-b");
        ConfigurableApplicationContext manager = manager("manager");

        JobExecution execution = runProbe(manager, 300);

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<Integer, List<String>> ranBy = ranBy();
        assertThat(ranBy).hasSize(PartitionProbeJob.PARTITIONS);
        assertThat(ranBy.values()).allSatisfy(names -> assertThat(names).hasSize(1));
        assertThat(ranBy.values().stream().flatMap(List::stream).distinct())
                .as("both workers took partitions, the manager none").containsExactlyInAnyOrder("worker-a", "worker-b");
    }

    @Test
    void aPartitionOfAWorkerKilledMidwayIsRunAgainByAnotherWorker() throws Exception {
        SettlementProcess doomed = SettlementProcess.start(temp.resolve("killed-worker.log"), arguments("worker", "doomed"));
        processes.add(doomed);
        ConfigurableApplicationContext manager = manager("manager");
        JobExecution[] result = new JobExecution[1];
        Thread run = new Thread(() -> result[0] = runProbe(manager, 1500));
        run.start();
        // In the middle of a partition: the job repository has it STARTED.
        doomed.awaitWhileAlive("a started partition", 120, () -> database.dsl().fetchCount(
                database.dsl().selectFrom("batch_step_execution")
                        .where("status = 'STARTED' and step_name like 'probePartitionStep:%'")) > 0);
        doomed.kill();
        worker("survivor");

        run.join(TimeUnit.MINUTES.toMillis(3));

        assertThat(result[0].getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(partitionsOf(manager, result[0])).as("the killed partition was run again on its own step execution")
                .hasSize(PartitionProbeJob.PARTITIONS)
                .allSatisfy(partition -> assertThat(partition.getStatus()).isEqualTo(BatchStatus.COMPLETED));
        Map<Integer, List<String>> ranBy = ranBy();
        assertThat(ranBy).hasSize(PartitionProbeJob.PARTITIONS);
        assertThat(ranBy.values()).as("every partition ran exactly once, the killed one on the survivor")
                .allSatisfy(names -> assertThat(names).containsExactly("survivor"));
    }

    @Test
    void aWorkerStoppedWithSigtermFinishesItsPartitionFirst() throws Exception {
        SettlementProcess stopping = SettlementProcess.start(temp.resolve("stopped-worker.log"), arguments("worker", "stopping"));
        processes.add(stopping);
        ConfigurableApplicationContext manager = manager("manager");
        JobExecution[] result = new JobExecution[1];
        Thread run = new Thread(() -> result[0] = runProbe(manager, 3000));
        run.start();
        stopping.awaitWhileAlive("a started partition", 120, () -> database.dsl().fetchCount(
                database.dsl().selectFrom("batch_step_execution")
                        .where("status = 'STARTED' and step_name like 'probePartitionStep:%'")) > 0);
        stopping.stop(60);
        worker("successor");

        run.join(TimeUnit.MINUTES.toMillis(3));

        assertThat(result[0].getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<Integer, List<String>> ranBy = ranBy();
        assertThat(ranBy.values()).as("every partition ran once").allSatisfy(names -> assertThat(names).hasSize(1));
        assertThat(ranBy.values().stream().filter(names -> names.contains("stopping")))
                .as("the stopped worker finished the partition it had").hasSize(1);
        assertThat(stopping.log()).doesNotContain("again");
    }

    @Test
    void aManagerThatStopsWaitingLeavesAJobThatARerunCompletes() throws Exception {
        ConfigurableApplicationContext manager = manager("manager", "--settlement.partitions.timeout=2s");

        JobExecution gaveUp = runProbe(manager, 0);

        assertThat(gaveUp.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(partitionsOf(manager, gaveUp)).hasSize(PartitionProbeJob.PARTITIONS)
                .allSatisfy(partition -> assertThat(partition.getStatus()).isEqualTo(BatchStatus.FAILED));

        // The requests of the abandoned execution are still queued: the worker must drop them.
        worker("late-worker");
        JobOperator operator = manager.getBean(JobOperator.class);
        JobExecution rerun = operator.restart(gaveUp);

        assertThat(rerun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(ranBy().values()).hasSize(PartitionProbeJob.PARTITIONS)
                .allSatisfy(names -> assertThat(names).containsExactly("late-worker"));
    }

    @Test
    void aRefusalOnAWorkerIsARefusalOfTheManagersRun() throws Exception {
        worker("worker-a");
        ConfigurableApplicationContext manager = manager("manager");

        JobExecution refused = runProbe(manager, 0, 3);

        assertThat(refused.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThatThrownBy(() -> JobRuns.completed(refused, manager.getBean("probeJob", Job.class)))
                .as("exit 2, with the worker's reason").isInstanceOf(RefusedException.class)
                .hasMessage("probe partition 3 refuses:\nits input is wrong");
    }

    private JobExecution runProbe(ConfigurableApplicationContext manager, long delayMillis) {
        return runProbe(manager, delayMillis, -1);
    }

    private JobExecution runProbe(ConfigurableApplicationContext manager, long delayMillis, long refusingPartition) {
        JobParameters parameters = new JobParametersBuilder()
                .addString(PartitionProbeJob.FOLDER, temp.toString())
                .addLong(PartitionProbeJob.DELAY, delayMillis)
                .addLong(PartitionProbeJob.REFUSE, refusingPartition)
                .addString("run", LocalDateTime.now().toString())
                .toJobParameters();
        try {
            return manager.getBean(JobOperator.class).start(manager.getBean("probeJob", Job.class), parameters);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<StepExecution> partitionsOf(ConfigurableApplicationContext manager, JobExecution execution) {
        return manager.getBean(org.springframework.batch.core.repository.JobRepository.class)
                .getJobExecution(execution.getId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("probePartitionStep:"))
                .toList();
    }

    /** Which process ran each partition, one name per time it ran. */
    private Map<Integer, List<String>> ranBy() throws IOException {
        Map<Integer, List<String>> result = new TreeMap<>();
        try (Stream<Path> files = Files.list(temp)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("partition-")).toList()) {
                String name = file.getFileName().toString();
                result.put(Integer.parseInt(name.substring("partition-".length(), name.length() - ".txt".length())),
                        Files.readAllLines(file));
            }
        }
        return result;
    }

    private List<String> arguments(String command, String probeName, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        if (!command.equals("worker")) {
            args.addAll(List.of("--data", temp.toString(), "--out", temp.toString(), "--distributed"));
        }
        args.addAll(database.springArguments());
        args.addAll(broker);
        args.add("--" + PartitionProbeJob.PROBE + "=" + probeName);
        args.add("--settlement.partitions.poll-interval=100ms");
        args.addAll(List.of(more));
        return args;
    }

    private ConfigurableApplicationContext manager(String probeName, String... more) {
        ConfigurableApplicationContext context = SettlementCli.prepare(
                arguments("nightly", probeName, more).toArray(String[]::new)).start();
        processes.add(context);
        return context;
    }

    /** A worker in this JVM: the worker command on a thread of its own, ended by closing its context. */
    private void worker(String probeName) {
        PreparedCommand worker = SettlementCli.prepare(arguments("worker", probeName).toArray(String[]::new));
        ConfigurableApplicationContext context = worker.start();
        Thread thread = new Thread(() -> worker.run(context, System.out, System.err),
                probeName);
        thread.start();
        processes.add(() -> {
            context.close();
            thread.join(TimeUnit.SECONDS.toMillis(30));
        });
    }
}
