package org.caresettle.batch.partition;

import java.time.Duration;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * Distributed runs (issue 7, {@code settlement.partitions.mode=remote}, set by {@code --distributed}
 * and by the {@code worker} command): the partition requests go through Spring Integration to the
 * durable queue {@code settlement.partitions.queue} of the RabbitMQ broker named by the standard
 * {@code spring.rabbitmq.*} properties. Spring Integration is switched on here only, so the
 * single-process commands start without it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PartitionModes.PROPERTY, havingValue = PartitionModes.REMOTE)
@EnableIntegration
public class RemotePartitioningConfiguration {

    /** Declared by Boot's AmqpAdmin when the first connection opens, on manager and worker alike. */
    @Bean
    Queue partitionRequestQueue(@Value("${settlement.partitions.queue}") String name) {
        return new Queue(name, true);
    }

    @Bean
    DirectChannel partitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow partitionRequestsToBroker(DirectChannel partitionRequests, ConnectionFactory connectionFactory,
            Queue partitionRequestQueue) {
        RabbitTemplate template = new RabbitTemplate(connectionFactory);
        template.setMessageConverter(new PartitionRequestConverter());
        return IntegrationFlow.from(partitionRequests)
                .handle(Amqp.outboundAdapter(template).routingKey(partitionRequestQueue.getName()))
                .get();
    }

    @Bean
    RemotePartitionedSteps remotePartitionedSteps(JobRepository jobRepository, DirectChannel partitionRequests,
            @Value("${settlement.partitions.grid:8}") int gridSize,
            @Value("${settlement.partitions.poll-interval}") Duration pollInterval,
            @Value("${settlement.partitions.timeout}") Duration timeout) {
        return new RemotePartitionedSteps(jobRepository, partitionRequests, gridSize, pollInterval, timeout);
    }

    @Bean
    DistributedRunCheck distributedRunCheck(@Value("${spring.datasource.url}") String url) {
        return new DistributedRunCheck(url);
    }
}
