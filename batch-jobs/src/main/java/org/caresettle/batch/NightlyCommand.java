package org.caresettle.batch;

import java.io.PrintStream;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.SettlementCommand;
import org.caresettle.batch.ingest.IngestCommand;
import org.springframework.stereotype.Component;

/**
 * {@code nightly}: the night's work in order. Today that is the ingest; settle and report join
 * as they are built, and the output says what ran.
 */
@Component
public class NightlyCommand implements SettlementCommand {

    private final IngestCommand ingest;

    NightlyCommand(IngestCommand ingest) {
        this.ingest = ingest;
    }

    @Override
    public String name() {
        return "nightly";
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        out.println("nightly: ingest");
        int status = ingest.run(invocation, out);
        out.println("nightly: done (settle and report are not part of this build yet)");
        return status;
    }
}
