package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.List;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A checked command line of a command that works inside the Spring context, not yet started
 * (see {@link SettlementCli#prepare}): start its context, then run it in that context, as the
 * command line does in one go.
 */
public final class PreparedCommand {

    private final ContextCommand command;

    PreparedCommand(ContextCommand command) {
        this.command = command;
    }

    /** The checked command itself, for tests of what it read. */
    ContextCommand command() {
        return command;
    }

    /** The arguments its context starts with: the user's Spring properties, then the command's own. */
    List<String> springArguments() {
        return command.springArguments();
    }

    /** Starts the application context as this command would; {@code listeners} see it from its first event. */
    public ConfigurableApplicationContext start(ApplicationListener<?>... listeners) {
        return CommandLauncher.start(command.springArguments(), listeners);
    }

    /** Runs the command in a context started by {@link #start}; returns its exit status. */
    public int run(ConfigurableApplicationContext context, PrintStream out, PrintStream err) {
        return CommandLauncher.runIn(context, command, out, err);
    }
}
