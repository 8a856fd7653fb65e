package org.caresettle.batch.run;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Shutdown (SIGTERM, SIGINT, the context closed) while a run is busy (issue 11.9). This is the
 * first thing the context stops, before the web server and long before the connection pool: from
 * then on no run starts, the jobs of the run in progress are asked to stop (Spring Batch stops a
 * chunk-oriented step after its current chunk commits, and a job between two steps), and the
 * shutdown waits until the run has ended with its run record written, instead of pulling the
 * database away under it. It waits at most {@code spring.lifecycle.timeout-per-shutdown-phase}
 * (30 s unless set).
 *
 * <p>Jobs are stopped only while a run of this process is in progress: that run holds the run
 * lock, so every execution then running on the database is its own.
 */
@Component
public class GracefulStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);
    /** How often the running executions are looked up again: a job may start after the first stop. */
    private static final long POLL_MILLIS = 200;

    private final JobRepository jobRepository;
    private final ObjectProvider<JobOperator> jobOperator;
    private final ObjectProvider<Job> jobs;
    private final Clock clock;
    private volatile boolean running;
    /** Shutdown has begun. Guarded by this. */
    private boolean stopping;
    /** Runs in progress in this process. Guarded by this. */
    private int runs;

    GracefulStop(JobRepository jobRepository, ObjectProvider<JobOperator> jobOperator, ObjectProvider<Job> jobs,
            Clock clock) {
        this.jobRepository = jobRepository;
        this.jobOperator = jobOperator;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** A run begins; false once shutdown has begun: then it must not start at all. */
    synchronized boolean enter() {
        if (stopping) {
            return false;
        }
        runs++;
        return true;
    }

    synchronized void leave() {
        runs--;
        notifyAll();
    }

    /** Called between two pieces of a run's work: once shutdown has begun, the run stops here. */
    public void checkpoint() {
        synchronized (this) {
            if (!stopping) {
                return;
            }
        }
        throw new StoppedByShutdown(LocalDateTime.now(clock));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, while everything a run needs is still there. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void stop() {
        stopRuns();
    }

    /** The lifecycle processor waits for the callback at most the shutdown phase's timeout. */
    @Override
    public void stop(Runnable callback) {
        if (!begin()) {
            running = false;
            callback.run();
            return;
        }
        Thread stopper = new Thread(() -> {
            stopRuns();
            callback.run();
        }, "graceful-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** Closes the door to new runs; true when a run is still in progress. */
    private synchronized boolean begin() {
        stopping = true;
        return runs > 0;
    }

    private void stopRuns() {
        for (boolean busy = begin(); busy; busy = awaitNoRuns()) {
            stopRunningJobs();
        }
        running = false;
    }

    /** Waits a little for the runs to end; true while one is still in progress. */
    private synchronized boolean awaitNoRuns() {
        if (runs > 0) {
            try {
                wait(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return runs > 0;
    }

    private void stopRunningJobs() {
        try {
            stopRunningExecutions();
        } catch (RuntimeException e) {
            // The database may already be gone (an H2 URL without DB_CLOSE_ON_EXIT=FALSE closes it
            // on its own at shutdown); the run then ends with that failure, as after a crash.
            log.debug("running jobs not looked up", e);
        }
    }

    private void stopRunningExecutions() {
        for (Job job : jobs) {
            for (JobExecution execution : jobRepository.findRunningJobExecutions(job.getName())) {
                if (execution.getStatus() == BatchStatus.STOPPING) {
                    continue;
                }
                try {
                    jobOperator.getObject().stop(execution);
                    log.debug("asked {} execution {} to stop", job.getName(), execution.getId());
                } catch (JobExecutionNotRunningException | RuntimeException e) {
                    log.debug("{} execution {} not stopped", job.getName(), execution.getId(), e);
                }
            }
        }
    }
}
