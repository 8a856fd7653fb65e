package org.caresettle.batch.cli;

import java.util.List;
import java.util.Optional;
import org.caresettle.batch.explain.ExplainCommand;
import org.caresettle.batch.generate.GenerateCommand;
import org.caresettle.batch.verify.VerifyCommand;

/** The commands of SPEC section 13 that this build implements, in the order the usage lists them. */
public final class Commands {

    public static final String DATA = "data";
    public static final String OUT = "out";
    public static final String AS_OF = "as-of";
    public static final String PERIOD = "period";
    public static final String VERSION = "version";
    /** A flag: run the partitioned steps on worker processes (see CommandLineParser). */
    public static final String DISTRIBUTED = "distributed";

    public static final List<CommandSpec> ALL = List.of(
            new CommandSpec("ingest", "ingest --data DIR --out DIR [--as-of YYYY-MM-DD] [--distributed]",
                    "load DIR/reference/ (when changed) and ingest new files of DIR/inbox/",
                    List.of(DATA, OUT), List.of(AS_OF, DISTRIBUTED)),
            new CommandSpec("settle", "settle --data DIR --out DIR --period YYYY-MM [--distributed]",
                    "settle the period: a new version of its statements when its inputs changed",
                    List.of(DATA, OUT, PERIOD), List.of(DISTRIBUTED)),
            new CommandSpec("report", "report --data DIR --out DIR --period YYYY-MM",
                    "write the risk reports and overview of a settled period to reports/<period>/",
                    List.of(DATA, OUT, PERIOD), List.of()),
            new CommandSpec("nightly", "nightly --data DIR --out DIR [--as-of YYYY-MM-DD] [--distributed]",
                    "the night's work: ingest, then settle every period whose inputs changed",
                    List.of(DATA, OUT), List.of(AS_OF, DISTRIBUTED)),
            new CommandSpec("verify", "verify --out DIR --period YYYY-MM [--version N]",
                    "re-add the period's statements (latest version, or N) from the CSV files alone",
                    List.of(OUT, PERIOD), List.of(VERSION), new VerifyCommand()),
            new CommandSpec("explain", "explain --out DIR --period YYYY-MM --municipality CODE",
                    "why the municipality's invoice differs from the previous period and the previous version",
                    List.of(OUT, PERIOD, ExplainCommand.MUNICIPALITY), List.of()),
            new CommandSpec("generate", "generate --out DIR --lines N [--seed S] [--shape default|csv|xml|mix]",
                    "write a synthetic national data set (DIR/reference, DIR/inbox) of about N lines",
                    List.of(OUT, GenerateCommand.LINES), List.of(GenerateCommand.SEED, GenerateCommand.SHAPE,
                            GenerateCommand.PROVIDERS, GenerateCommand.XML_SHARE, GenerateCommand.XML_LINES,
                            GenerateCommand.SHARED_FILES), new GenerateCommand()),
            new CommandSpec("serve", "serve [--data DIR --out DIR] [--server.port N]",
                    "run nightly on the schedule settlement.serve.cron; health and metrics over HTTP",
                    List.of(), List.of(DATA, OUT)),
            new CommandSpec("worker", "worker",
                    "join distributed runs: take partitions from the broker and run them, until stopped",
                    List.of(), List.of()));

    private Commands() {
    }

    public static Optional<CommandSpec> byName(String name) {
        return ALL.stream().filter(spec -> spec.name().equals(name)).findFirst();
    }

    public static String usage() {
        StringBuilder text = new StringBuilder("usage: java -jar settlement.jar COMMAND [options]\n\ncommands:\n");
        for (CommandSpec spec : ALL) {
            text.append("  ").append(spec.synopsis()).append('\n')
                    .append("      ").append(spec.summary()).append('\n');
        }
        text.append("""

                --as-of is the business date (default: today). --production (any command)
                refuses to settle or report with the example pseudonym key. --distributed
                hands the partitions of ingest and settle to worker processes through the
                RabbitMQ broker of --spring.rabbitmq.host=... (a shared PostgreSQL is needed).
                The database is an H2 file database under ./var unless
                --spring.datasource.url=... (with --spring.datasource.username=... and
                --spring.datasource.password=...) names another, such as PostgreSQL.
                Exit status: 0 done, 2 refused (reason on standard error), 1 failed.
                """);
        return text.toString();
    }
}
