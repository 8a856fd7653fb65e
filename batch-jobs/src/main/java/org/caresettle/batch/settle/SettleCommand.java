package org.caresettle.batch.settle;

import java.io.PrintStream;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.SettlementCommand;
import org.springframework.stereotype.Component;

/**
 * {@code settle --data DIR --out DIR --period YYYY-MM}. Everything it settles is in the database
 * (ingest put it there); {@code --data} is required for a uniform command line (SPEC 13) and must
 * exist, but nothing is read from it.
 */
@Component
public class SettleCommand implements SettlementCommand {

    private final SettleRunner runner;

    SettleCommand(SettleRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "settle";
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        invocation.existingDirectory(Commands.DATA);
        SettleOutcome outcome = runner.settle(invocation.outputDirectory(Commands.OUT), invocation.period());
        out.println(outcome.message());
        return SettlementApplication.EXIT_DONE;
    }
}
