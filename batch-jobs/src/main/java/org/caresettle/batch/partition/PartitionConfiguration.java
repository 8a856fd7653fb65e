package org.caresettle.batch.partition;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses where partitioned steps run, by {@code settlement.partitions.mode}: {@code local}
 * (the default) on threads of this process.
 */
@Configuration(proxyBeanMethods = false)
public class PartitionConfiguration {

    @Bean
    @ConditionalOnProperty(name = "settlement.partitions.mode", havingValue = "local", matchIfMissing = true)
    PartitionedSteps localPartitionedSteps(JobRepository jobRepository,
            @Value("${settlement.partitions.threads:0}") int threads,
            @Value("${settlement.partitions.grid:8}") int gridSize) {
        return new LocalPartitionedSteps(jobRepository, threads, gridSize);
    }
}
