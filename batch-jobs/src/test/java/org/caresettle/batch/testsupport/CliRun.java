package org.caresettle.batch.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.batch.cli.SettlementCli;

/** Runs the command line in this JVM, as a user would type it, and keeps what it printed. */
public record CliRun(int exitStatus, String out, String err) {

    public static CliRun run(TestDatabase database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database.springArguments());
        return runRaw(all.toArray(String[]::new));
    }

    /** As {@link #run}, with {@code stdin} as the text on standard input (a password, say). */
    public static CliRun runWithInput(TestDatabase database, String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(database.springArguments());
        return runRaw(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), all.toArray(String[]::new));
    }

    public static CliRun runRaw(String... args) {
        return runRaw(InputStream.nullInputStream(), args);
    }

    private static CliRun runRaw(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = SettlementCli.run(args, in, outStream, errStream);
        }
        CliRun run = new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        System.out.println("$ settlement " + String.join(" ", args) + "\n" + run.out + run.err + "exit " + status);
        return run;
    }
}
