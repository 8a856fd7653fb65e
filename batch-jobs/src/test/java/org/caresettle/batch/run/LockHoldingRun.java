package org.caresettle.batch.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.cli.SettlementCli;
import org.caresettle.batch.exit.ExitCode;
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
        Path out = Path.of(List.of(args).get(List.of(args).indexOf("--out") + 1));
        RunRequest request = new RunRequest(args[0], Map.of("out", out.toString()), null, null, null, out);
        RunEnd end;
        try (ConfigurableApplicationContext context = SettlementCli.prepare(args).start()) {
            end = context.getBean(RunSupervisor.class).run(request, System.err, LockHoldingRun::holdUntilReleased);
        }
        System.exit(end.exitStatus());
    }

    private static int holdUntilReleased() {
        System.out.println(HOLDING);
        System.out.flush();
        try {
            SettlementProcess.awaitRelease();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ExitCode.DONE;
    }
}
