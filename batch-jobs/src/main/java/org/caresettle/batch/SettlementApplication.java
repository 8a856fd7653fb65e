package org.caresettle.batch;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caresettle.batch.cli.CommandDispatcher;
import org.caresettle.batch.cli.CommandLineParser;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.UsageException;
import org.caresettle.batch.partition.PartitionModes;
import org.caresettle.batch.serve.ServeCommand;
import org.caresettle.batch.worker.WorkerCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command-line entry point. Arguments are checked before Spring starts, so a typo costs no
 * database connection and never shows a stack trace; then the context starts (Flyway brings the
 * schema up to date) and the command runs inside it.
 */
@SpringBootApplication
public class SettlementApplication {

    public static final int EXIT_DONE = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_REFUSED = 2;

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command and returns its exit status; used by {@link #main} and by the tests. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = CommandLineParser.parse(args);
        } catch (UsageException e) {
            err.println("settlement: " + e.getMessage());
            err.println();
            err.print(Commands.usage());
            return EXIT_REFUSED;
        }
        if (invocation.command().isStandalone()) {
            return CommandDispatcher.runStandalone(invocation, out, err);
        }
        ConfigurableApplicationContext context;
        H2Damaged damaged = new H2Damaged();
        try {
            context = start(invocation, damaged);
        } catch (RuntimeException e) {
            Optional<String> busy = H2Busy.describe(e);
            if (busy.isPresent()) {
                err.println("settlement: refused: " + busy.get());
                return EXIT_REFUSED;
            }
            String reason = CommandDispatcher.describe(e);
            err.println("settlement: could not start: " + damaged.describe(e, reason).orElse(reason));
            return EXIT_FAILED;
        }
        try (context) {
            return context.getBean(CommandDispatcher.class).dispatch(invocation, out, err);
        }
    }

    /**
     * Starts the Spring context for a checked command line. Only {@code serve} gets a web server
     * (for health and metrics); {@code worker} starts in worker mode, taking partitions from the
     * broker; every other command stays a plain command-line run. {@code listeners} see the
     * start-up from its first event on.
     */
    public static ConfigurableApplicationContext start(Invocation invocation, ApplicationListener<?>... listeners) {
        List<String> arguments = new ArrayList<>(invocation.springArguments());
        if (ServeCommand.NAME.equals(invocation.command().name())) {
            arguments.add("--spring.main.web-application-type=servlet");
        }
        if (WorkerCommand.NAME.equals(invocation.command().name())) {
            arguments.add("--" + PartitionModes.PROPERTY + "=" + PartitionModes.REMOTE);
            arguments.add("--" + WorkerCommand.ENABLED + "=true");
            // On SIGTERM the partition in progress may finish (settlement.worker.shutdown-timeout).
            arguments.add("--spring.lifecycle.timeout-per-shutdown-phase=${settlement.worker.shutdown-timeout}");
        }
        SpringApplication application = new SpringApplication(SettlementApplication.class);
        application.addListeners(listeners);
        return application.run(arguments.toArray(String[]::new));
    }
}
