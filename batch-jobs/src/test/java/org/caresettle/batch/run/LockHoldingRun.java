package org.caresettle.batch.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.CommandLineParser;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.testsupport.SettlementProcess;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A run that holds the run lock, and with it its database, until the test releases it: a main
 * class for {@link SettlementProcess#start(Class, java.nio.file.Path, java.util.List)}. The
 * production context and {@link RunSupervisor} take the lock, claim --out and record the run as
 * for any command; only the work is replaced by a wait. So a test can start a second run while
 * the first certainly holds the lock, and production code carries no test hook for it.
 */
public final class LockHoldingRun {

    /** Printed once the lock is taken. */
    public static final String HOLDING = "holding the run lock";

    private LockHoldingRun() {
    }

    /** ARGS: the command line of a command that takes the lock (say ingest), database arguments included. */
    public static void main(String[] args) {
        Invocation invocation = CommandLineParser.parse(args);
        RunEnd end;
        try (ConfigurableApplicationContext context = SettlementApplication.start(invocation)) {
            end = context.getBean(RunSupervisor.class).supervise(invocation, System.err, LockHoldingRun::holdUntilReleased);
        }
        System.exit(end.exitStatus());
    }

    private static RunEnd holdUntilReleased() {
        System.out.println(HOLDING);
        System.out.flush();
        try {
            SettlementProcess.awaitRelease();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return RunEnd.of(SettlementApplication.EXIT_DONE);
    }
}
