package org.caresettle.batch.worker;

import java.time.Duration;
import java.util.List;
import org.caresettle.batch.partition.PartitionRequestConverter;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The worker side of distributed runs (the {@code worker} command): partition requests flow from
 * the broker's queue to {@link PartitionRequests}. One request at a time per consumer (prefetch 1,
 * {@code settlement.worker.consumers} consumers, default 1), acknowledged only after its partition
 * ran, so the broker hands the request of a worker that died to another. A request that cannot be
 * handled at all is rejected, not requeued, so it cannot loop; the manager then gives up on it at
 * its timeout.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PartitionWorker.ENABLED, havingValue = "true")
public class WorkerConfiguration {

    static final String LISTENER = "partitionRequestsFromBroker";

    @Bean
    PartitionRequests partitionRequestRunner(JobRepository jobRepository, List<Step> steps) {
        return new PartitionRequests(jobRepository, new StepsByName(steps));
    }

    /** Started by {@link PartitionWorker} once the command's checks passed, not with the context. */
    @Bean(LISTENER)
    IntegrationFlow partitionRequestsFromBroker(ConnectionFactory connectionFactory, Queue partitionRequestQueue,
            PartitionRequests partitionRequestRunner,
            @Value("${settlement.worker.consumers}") int consumers,
            @Value("${settlement.worker.shutdown-timeout}") Duration shutdownTimeout) {
        return IntegrationFlow.from(Amqp.inboundAdapter(connectionFactory, partitionRequestQueue)
                        .autoStartup(false)
                        .messageConverter(new PartitionRequestConverter())
                        .configureContainer(container -> container
                                .prefetchCount(1)
                                .concurrentConsumers(consumers)
                                .acknowledgeMode(AcknowledgeMode.AUTO)
                                .defaultRequeueRejected(false)
                                // SIGTERM: a partition in progress gets this long to finish; after
                                // that its request goes back to the queue for another worker.
                                .shutdownTimeout(shutdownTimeout.toMillis())))
                .handle(partitionRequestRunner, "run")
                .get();
    }
}
