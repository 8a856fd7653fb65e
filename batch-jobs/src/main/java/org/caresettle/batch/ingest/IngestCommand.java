package org.caresettle.batch.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.SettlementCommand;
import org.springframework.stereotype.Component;

/** {@code ingest --data DIR --out DIR [--as-of YYYY-MM-DD]}. */
@Component
public class IngestCommand implements SettlementCommand {

    private final IngestRunner runner;
    private final Clock clock;

    IngestCommand(IngestRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public int run(Invocation invocation, PrintStream out) throws Exception {
        Path data = invocation.existingDirectory(Commands.DATA);
        Path output = invocation.outputDirectory(Commands.OUT);
        LocalDate businessDate = invocation.businessDate(LocalDate.now(clock));
        IngestRunner.IngestResult result = runner.ingest(data, output, businessDate);
        if (result.resumed()) {
            out.println("resumed the unfinished ingest of " + businessDate);
        }
        out.println("reference data (" + data.resolve("reference") + "):");
        result.referenceLines().forEach(line -> out.println("  " + line));
        out.println(result.inboxSummary());
        out.println("answers under " + output.resolve("responses") + ", files listed in " + output.resolve("files.csv"));
        return SettlementApplication.EXIT_DONE;
    }
}
