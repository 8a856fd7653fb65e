package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.partition.PartitionModes;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.worker.PartitionWorker;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code worker}: joins distributed runs (see {@link PartitionWorker}). The application starts in
 * worker mode, taking partitions from the broker; a worker holds no run lock: it works for the run
 * whose manager holds it.
 */
@Command(name = "worker", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        description = "Join distributed runs: take partitions from the broker (--spring.rabbitmq.host=...) and "
                + "run them on the shared database, until stopped.")
final class WorkerCommand extends ContextCommand {

    @Override
    RunRequest request() {
        return new RunRequest(name(), Map.of(), null, null, null, null);
    }

    @Override
    int run(ApplicationContext context, PrintStream log) throws InterruptedException {
        return context.getBean(PartitionWorker.class).work(log);
    }

    @Override
    List<String> commandProperties() {
        return List.of("--" + PartitionModes.PROPERTY + "=" + PartitionModes.REMOTE,
                "--" + PartitionWorker.ENABLED + "=true",
                // On SIGTERM the partition in progress may finish (settlement.worker.shutdown-timeout).
                "--spring.lifecycle.timeout-per-shutdown-phase=${settlement.worker.shutdown-timeout}");
    }
}
