package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.util.List;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.run.RunEnd;
import org.caresettle.batch.run.RunSupervisor;
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
    private final List<CommandPrecondition> preconditions;
    private final RunSupervisor runs;

    public CommandDispatcher(List<SettlementCommand> commands, List<CommandPrecondition> preconditions,
            RunSupervisor runs) {
        this.commands = commands;
        this.preconditions = preconditions;
        this.runs = runs;
    }

    /**
     * Runs a command under the {@link RunSupervisor}: database commands take the run lock and
     * are kept in the run log; the {@link CommandPrecondition}s of the configuration are checked first. A failure of that bookkeeping itself (the database is gone) is a
     * failure of the run.
     */
    public int dispatch(Invocation invocation, PrintStream out, PrintStream err) {
        SettlementCommand command = commands.stream()
                .filter(c -> c.name().equals(invocation.command().name()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no implementation of " + invocation.command().name()));
        RunEnd end;
        try {
            end = runs.supervise(invocation, err, () -> endOf(invocation, () -> {
                preconditions.forEach(precondition -> precondition.check(invocation));
                return command.run(invocation, out);
            }));
        } catch (RuntimeException e) {
            end = failure(invocation, e);
        }
        return report(invocation, end, err);
    }

    /** Runs a command that needs no Spring context and no database. */
    public static int runStandalone(Invocation invocation, PrintStream out, PrintStream err) {
        return report(invocation, endOf(invocation, () -> invocation.command().standalone().run(invocation, out)), err);
    }

    private static RunEnd endOf(Invocation invocation, Action action) {
        try {
            return RunEnd.of(action.run());
        } catch (Exception e) {
            return failure(invocation, e);
        }
    }

    private static RunEnd failure(Invocation invocation, Exception e) {
        RefusedException refused = findRefusal(e);
        if (refused != null) {
            return RunEnd.refused(refused.getMessage());
        }
        log.debug("{} failed", invocation.command().name(), e);
        return RunEnd.failed(describe(e));
    }

    /** One line on standard error says why a command did not end well. */
    private static int report(Invocation invocation, RunEnd end, PrintStream err) {
        if (end.message() != null) {
            err.println(end.exitStatus() == SettlementApplication.EXIT_REFUSED
                    ? "settlement: refused: " + end.message()
                    : "settlement: " + invocation.command().name() + " failed: " + end.message());
        }
        return end.exitStatus();
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
