package org.caresettle.batch.worker;

import org.caresettle.batch.cli.SettlementCli;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A worker runs a partition only while it still needs running: a request delivered again after its
 * partition ended, or for a job that no longer runs, is dropped instead of repeating the work.
 */
@SlowTest
class PartitionRequestsTest {

    private static TestDatabase database;
    private static ConfigurableApplicationContext context;
    private static JobRepository repository;

    private final List<Long> ran = new ArrayList<>();
    private final Step countingStep = new Step() {
        @Override
        public String getName() {
            return "countingStep";
        }

        @Override
        public void execute(StepExecution stepExecution) {
            ran.add(stepExecution.getId());
            stepExecution.setStatus(BatchStatus.COMPLETED);
            repository.update(stepExecution);
        }
    };

    @BeforeAll
    static void startRepository() {
        database = TestDatabases.h2();
        List<String> args = new ArrayList<>(List.of("ingest", "--data", ".", "--out", "."));
        args.addAll(database.springArguments());
        context = SettlementCli.prepare(args.toArray(String[]::new)).start();
        repository = context.getBean(JobRepository.class);
    }

    @AfterAll
    static void stop() {
        context.close();
        database.close();
    }

    @Test
    void runsAPartitionNotYetStartedAndOneWhoseWorkerDied() {
        StepExecution fresh = partition(BatchStatus.STARTING, BatchStatus.STARTED);
        StepExecution orphaned = partition(BatchStatus.STARTED, BatchStatus.STARTED);

        requests().run(new StepExecutionRequest("countingStep", fresh.getId()));
        requests().run(new StepExecutionRequest("countingStep", orphaned.getId()));

        assertThat(ran).containsExactly(fresh.getId(), orphaned.getId());
    }

    @Test
    void dropsARequestWhosePartitionEndedOrWhoseJobNoLongerRuns() {
        StepExecution completed = partition(BatchStatus.COMPLETED, BatchStatus.STARTED);
        StepExecution givenUp = partition(BatchStatus.FAILED, BatchStatus.FAILED);
        StepExecution ofAFailedJob = partition(BatchStatus.STARTED, BatchStatus.FAILED);

        for (StepExecution partition : List.of(completed, givenUp, ofAFailedJob)) {
            requests().run(new StepExecutionRequest("countingStep", partition.getId()));
        }
        requests().run(new StepExecutionRequest("countingStep", 999_999L));

        assertThat(ran).isEmpty();
    }

    @Test
    void failsAPartitionWhoseStepThisWorkerDoesNotHave() {
        StepExecution partition = partition(BatchStatus.STARTING, BatchStatus.STARTED);

        requests().run(new StepExecutionRequest("stepOfANewerVersion", partition.getId()));

        StepExecution stored = repository.getStepExecution(partition.getId());
        assertThat(stored.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stored.getExitStatus().getExitDescription()).contains("no step stepOfANewerVersion in this worker");
        assertThat(ran).isEmpty();
    }

    private PartitionRequests requests() {
        return new PartitionRequests(repository, new StepsByName(List.of(countingStep)));
    }

    private static StepExecution partition(BatchStatus status, BatchStatus jobStatus) {
        var parameters = new JobParametersBuilder().addLong("run", System.nanoTime()).toJobParameters();
        JobExecution job = repository.createJobExecution(repository.createJobInstance("partitionRequestsTest", parameters),
                parameters, new ExecutionContext());
        job.setStatus(jobStatus);
        repository.update(job);
        StepExecution partition = repository.createStepExecution("countingStep:p0", job);
        partition.setStatus(status);
        repository.update(partition);
        return partition;
    }
}
