package org.caresettle.batch.partition;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where partitioned steps run: on local threads unless {@code settlement.partitions.mode} says
 * {@code remote}, in which case {@link RemotePartitioningConfiguration} provides the bean.
 */
@Configuration(proxyBeanMethods = false)
public class PartitioningConfiguration {

    @Bean
    @ConditionalOnProperty(name = PartitionModes.PROPERTY, havingValue = PartitionModes.LOCAL, matchIfMissing = true)
    PartitionedSteps localPartitionedSteps(JobRepository jobRepository,
            @Value("${settlement.partitions.threads:0}") int threads,
            @Value("${settlement.partitions.grid:8}") int gridSize) {
        return new LocalPartitionedSteps(jobRepository, threads, gridSize);
    }
}
