package org.caresettle.batch.worker;

import org.caresettle.batch.exit.ExitCode;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import org.caresettle.batch.run.RunHolder;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.Lifecycle;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * The heart of {@code worker} (issue 7): joins distributed runs. The application starts in worker
 * mode (the command line sets {@value #ENABLED} and the remote partition mode), so
 * {@link WorkerConfiguration} can take partition requests from the broker; {@link #work} starts
 * taking them once the checks of every run passed (a shared database), says so, and waits
 * until the application is shut down (SIGTERM). A worker holds no run lock: it works
 * for the run whose manager holds it.
 */
@Component
public class PartitionWorker implements ApplicationListener<ContextClosedEvent> {

    public static final String ENABLED = "settlement.worker.enabled";

    private final ObjectProvider<ConnectionFactory> broker;
    private final ObjectProvider<Lifecycle> listener;
    private final String queue;
    private final int consumers;
    private final CountDownLatch stopped = new CountDownLatch(1);

    PartitionWorker(ObjectProvider<ConnectionFactory> broker,
            @Qualifier(WorkerConfiguration.LISTENER) ObjectProvider<Lifecycle> listener, @Value("${settlement.partitions.queue}") String queue,
            @Value("${settlement.worker.consumers}") int consumers) {
        this.broker = broker;
        this.listener = listener;
        this.queue = queue;
        this.consumers = consumers;
    }

    /** Takes partitions from the broker until the application is shut down. */
    public int work(PrintStream out) throws InterruptedException {
        ConnectionFactory connectionFactory = broker.getObject();
        listener.getObject().start();
        out.println("worker " + RunHolder.current() + ": running partitions from queue " + queue + " at "
                + connectionFactory.getHost() + ":" + connectionFactory.getPort() + ", " + consumers
                + " at a time; stop it with SIGTERM (kill PID, Ctrl-C)");
        out.flush();
        stopped.await();
        return ExitCode.DONE;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        stopped.countDown();
    }
}
