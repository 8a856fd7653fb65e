package org.caresettle.batch.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import org.caresettle.core.declaration.DeclarationColumn;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.ResourcelessJobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcBatchItemWriter;
import org.springframework.batch.infrastructure.item.database.builder.JdbcBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Benchmark helper, not a command: the plain Spring Batch load a Java team writes in an afternoon
 * (issue 17's peer), to hold the engine's ingest against. It reads the rows {@link FloorRows} wrote
 * (one per declared line, the 24 fields) with a {@code FlatFileItemReader} and inserts them with a
 * {@code JdbcBatchItemWriter}, chunks of 2,000, into an unindexed table of the database named: no
 * checks, no answers, no ledger. Run through Spring Boot's launcher:
 * {@code java -cp settlement.jar -Dloader.main=org.caresettle.batch.bench.PeerLoad
 * org.springframework.boot.loader.launch.PropertiesLauncher JDBC_URL USER ROWS.csv}.
 */
public final class PeerLoad {

    private static final int CHUNK = 2_000;
    private static final String TABLE = "peer_line";

    private PeerLoad() {
    }

    public static void main(String[] args) throws Exception {
        String[] names = Arrays.stream(DeclarationColumn.values()).map(DeclarationColumn::columnName)
                .toArray(String[]::new);
        try (HikariDataSource database = new HikariDataSource()) {
            database.setJdbcUrl(args[0]);
            database.setUsername(args[1]);
            JdbcTemplate jdbc = new JdbcTemplate(database);
            jdbc.execute("drop table if exists " + TABLE);
            jdbc.execute("create table " + TABLE + " (" + String.join(" varchar, ", names) + " varchar)");
            FlatFileItemReader<String[]> reader = new FlatFileItemReaderBuilder<String[]>()
                    .name("peerReader")
                    .resource(new FileSystemResource(Path.of(args[2])))
                    .delimited().names(names)
                    .fieldSetMapper(fields -> fields.getValues())
                    .build();
            JdbcBatchItemWriter<String[]> writer = new JdbcBatchItemWriterBuilder<String[]>()
                    .dataSource(database)
                    .sql("insert into " + TABLE + " (" + String.join(", ", names) + ") values ("
                            + String.join(", ", Collections.nCopies(names.length, "?")) + ")")
                    .itemPreparedStatementSetter((row, statement) -> {
                        for (int i = 0; i < row.length; i++) {
                            statement.setString(i + 1, row[i]);
                        }
                    })
                    .build();
            writer.afterPropertiesSet();
            JobRepository repository = new ResourcelessJobRepository();
            Step load = new StepBuilder("peerLoad", repository).<String[], String[]>chunk(CHUNK)
                    .transactionManager(new JdbcTransactionManager(database))
                    .reader(reader)
                    .writer(writer)
                    .build();
            Job job = new JobBuilder("peer", repository).start(load).build();
            JobParameters parameters = new JobParameters();
            JobInstance instance = repository.createJobInstance("peer", parameters);
            JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
            long started = System.nanoTime();
            job.execute(execution);
            double seconds = (System.nanoTime() - started) / 1e9;
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                throw new IllegalStateException("peer load " + execution.getStatus() + ": "
                        + execution.getAllFailureExceptions());
            }
            long rows = execution.getStepExecutions().iterator().next().getWriteCount();
            System.out.printf("peer: %d rows in %.2f s%n", rows, seconds);
        }
    }
}
