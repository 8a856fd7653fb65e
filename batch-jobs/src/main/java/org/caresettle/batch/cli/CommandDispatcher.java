package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.List;
import org.caresettle.batch.SettlementApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the command an invocation names and turns its outcome into an exit status: 0 done,
 * 2 refused (a {@link RefusedException}: its message says why), 1 failed. The stack trace of
 * a failure goes to the debug log; the operator sees one clear line.
 */
@Component
public class CommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

    private final List<SettlementCommand> commands;

    public CommandDispatcher(List<SettlementCommand> commands) {
        this.commands = commands;
    }

    public int dispatch(Invocation invocation, PrintStream out, PrintStream err) {
        SettlementCommand command = commands.stream()
                .filter(c -> c.name().equals(invocation.command().name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no implementation of " + invocation.command().name()));
        return exitStatus(invocation, err, () -> command.run(invocation, out));
    }

    /** Runs a command that needs no Spring context and no database. */
    public static int runStandalone(Invocation invocation, PrintStream out, PrintStream err) {
        return exitStatus(invocation, err, () -> invocation.command().standalone().run(invocation, out));
    }

    private static int exitStatus(Invocation invocation, PrintStream err, Action action) {
        try {
            return action.run();
        } catch (RefusedException e) {
            err.println("settlement: refused: " + e.getMessage());
            return SettlementApplication.EXIT_REFUSED;
        } catch (Exception e) {
            RefusedException refused = findRefusal(e);
            if (refused != null) {
                err.println("settlement: refused: " + refused.getMessage());
                return SettlementApplication.EXIT_REFUSED;
            }
            log.debug("{} failed", invocation.command().name(), e);
            err.println("settlement: " + invocation.command().name() + " failed: " + describe(e));
            return SettlementApplication.EXIT_FAILED;
        }
    }

    @FunctionalInterface
    private interface Action {
        int run() throws Exception;
    }

    /** A refusal wrapped by a framework layer (a Spring Batch step, a transaction) still refuses. */
    private static RefusedException findRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RefusedException refused) {
                return refused;
            }
        }
        return null;
    }

    /** The innermost message of a chain, which usually names the real cause. */
    public static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message;
    }
}
