package org.caresettle.batch.cli;

import java.util.List;
import org.caresettle.batch.partition.PartitionModes;
import picocli.CommandLine.Option;

/** {@code --distributed}: the partitions of ingest and settle run on worker processes. */
final class DistributedOption {

    @Option(names = "--distributed", description = "Hand the partitions to worker processes through the "
            + "RabbitMQ broker of --spring.rabbitmq.host=... (needs a shared PostgreSQL and absolute folders).")
    boolean distributed;

    List<String> springProperties() {
        return distributed ? List.of("--" + PartitionModes.PROPERTY + "=" + PartitionModes.REMOTE) : List.of();
    }
}
