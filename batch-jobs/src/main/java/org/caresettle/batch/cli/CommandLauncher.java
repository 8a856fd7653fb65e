package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.run.RunEnd;
import org.caresettle.batch.run.RunSupervisor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring context for a checked {@link ContextCommand} (Flyway brings the schema up to
 * date) and runs the command in it under the {@link RunSupervisor}, which turns whatever the
 * command throws into its {@link RunEnd}. The operator sees one line on standard error; the stack
 * trace of a failure goes to the debug log.
 */
final class CommandLauncher {

    private static final Logger log = LoggerFactory.getLogger(CommandLauncher.class);

    private CommandLauncher() {
    }

    static int launch(ContextCommand command, List<String> springArguments, PrintStream out, PrintStream err) {
        ConfigurableApplicationContext context;
        H2Damaged damaged = new H2Damaged();
        try {
            context = start(springArguments, damaged);
        } catch (RuntimeException e) {
            Optional<String> busy = H2Busy.describe(e);
            if (busy.isPresent()) {
                err.println("settlement: refused: " + busy.get());
                return ExitCode.REFUSED;
            }
            RunEnd refused = RunEnd.of(e);
            if (refused.exitStatus() == ExitCode.REFUSED) {
                // A setting refused while the context starts (settlement.publish=typo): exit 2 with its reason.
                refused.printReason("start", err);
                return ExitCode.REFUSED;
            }
            log.debug("start-up failed", e);
            String reason = RunEnd.describe(e);
            err.println("settlement: could not start: " + damaged.describe(e, reason).orElse(reason));
            return ExitCode.FAILED;
        }
        try (context) {
            return runIn(context, command, out, err);
        }
    }

    /** Runs the command in a started context under the {@link RunSupervisor}; returns its exit status. */
    static int runIn(ConfigurableApplicationContext context, ContextCommand command, PrintStream out, PrintStream err) {
        RunEnd end;
        try {
            end = context.getBean(RunSupervisor.class).run(command.runRequest(), err, () -> command.run(context, out));
        } catch (RuntimeException e) {
            // The run's own bookkeeping failed (the database is gone): a failure of the run.
            log.debug("{} failed", command.name(), e);
            end = RunEnd.of(e);
        }
        end.printReason(command.name(), err);
        return end.exitStatus();
    }

    /** Starts the application context with these Spring arguments; {@code listeners} see it from its first event. */
    static ConfigurableApplicationContext start(List<String> springArguments, ApplicationListener<?>... listeners) {
        SpringApplication application = new SpringApplication(SettlementApplication.class);
        application.addListeners(listeners);
        return application.run(springArguments.toArray(String[]::new));
    }
}
