package org.caresettle.batch.cli;

import java.util.List;
import java.util.Optional;

/** The commands of SPEC section 13 that this build implements, in the order the usage lists them. */
public final class Commands {

    public static final String DATA = "data";
    public static final String OUT = "out";
    public static final String AS_OF = "as-of";

    public static final List<CommandSpec> ALL = List.of(
            new CommandSpec("ingest", "ingest --data DIR --out DIR [--as-of YYYY-MM-DD]",
                    "load DIR/reference/ (when changed) and ingest new files of DIR/inbox/",
                    List.of(DATA, OUT), List.of(AS_OF)),
            new CommandSpec("nightly", "nightly --data DIR --out DIR [--as-of YYYY-MM-DD]",
                    "the night's work: ingest (settle and report follow as they are built)",
                    List.of(DATA, OUT), List.of(AS_OF)),
            new CommandSpec("serve", "serve [--data DIR --out DIR] [--server.port N]",
                    "run nightly on the schedule settlement.serve.cron; health and metrics over HTTP",
                    List.of(), List.of(DATA, OUT)));

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

                --as-of is the business date (default: today).
                The database is an H2 file database under ./var unless
                --spring.datasource.url=... (with --spring.datasource.username=... and
                --spring.datasource.password=...) names another, such as PostgreSQL.
                Exit status: 0 done, 2 refused (reason on standard error), 1 failed.
                """);
        return text.toString();
    }
}
