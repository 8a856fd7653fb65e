package org.caresettle.batch.settle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.caresettle.batch.cli.PreparedCommand;
import org.caresettle.batch.cli.SettlementCli;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code rerun approve} held at a moment of its publication until the test kills it (kill -9): a main
 * class for {@link SettlementProcess#start(Class, java.nio.file.Path, java.util.List)}. The production
 * context and command run unchanged; only the production {@link ApprovedPublication} is wrapped, so
 * production code carries no test hook. ARGS: the {@link Moment}, then the command line.
 */
public final class PausedApproval {

    /** Printed once the approval is held at its moment. */
    public static final String PAUSED = "approval paused";

    /** Where the approval is held. */
    public enum Moment {
        /** The version and the request's PUBLISHED are stored, their transaction not committed. */
        BEFORE_THE_COMMIT,
        /** Both committed; the version folder not yet renamed into view. */
        AFTER_THE_COMMIT
    }

    private PausedApproval() {
    }

    public static void main(String[] args) {
        Moment moment = Moment.valueOf(args[0]);
        PreparedCommand command = SettlementCli.prepare(Arrays.copyOfRange(args, 1, args.length));
        int status;
        try (ConfigurableApplicationContext context = command.start(new Wrapping(moment))) {
            status = command.run(context, System.out, System.err);
        }
        System.exit(status);
    }

    /** Wraps the approval's publication, before any bean is made, so the settle gets the wrapper. */
    private record Wrapping(Moment moment) implements ApplicationListener<ApplicationPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationPreparedEvent event) {
            event.getApplicationContext().getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof ApprovedPublication real ? paused(real) : bean;
                }
            });
        }

        private ApprovedPublication paused(ApprovedPublication real) {
            return (approvalId, period, version, inputSha256) -> {
                real.storing(approvalId, period, version, inputSha256);
                if (moment == Moment.BEFORE_THE_COMMIT) {
                    pause();
                } else {
                    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            pause();
                        }
                    });
                }
            };
        }
    }

    private static void pause() {
        System.out.println(PAUSED);
        System.out.flush();
        try {
            SettlementProcess.awaitRelease();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
