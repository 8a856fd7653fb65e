package org.caresettle.batch.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.run.RunEnd;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line of {@code settlement.jar} (SPEC 13), through picocli: every command, option
 * and default in the help is generated from the annotated command classes. Arguments are checked
 * here, before Spring starts and before any run record exists, so a typo costs no database
 * connection and never shows a stack trace. Options with a dot in their name
 * ({@code --spring.datasource.url=...}) are Spring Boot properties and are passed on unchanged.
 *
 * <p>Exit statuses ({@link ExitCode}): 0 done, 2 refused (bad arguments, or a
 * {@link org.caresettle.batch.exit.RefusedException} from any layer), 1 failed.
 */
@Command(name = "settlement", mixinStandardHelpOptions = true, versionProvider = BuildVersion.class,
        synopsisHeading = "Usage: java -jar settlement.jar ",
        customSynopsis = "java -jar settlement.jar COMMAND [OPTIONS] [--spring.property=value ...]",
        description = "Settles what the region's municipalities owe care providers (Jeugdwet, Wmo): ingests "
                + "declarations, answers them, settles periods and writes invoices, payments and reports.",
        commandListHeading = "%nCommands:%n",
        subcommands = {IngestCommand.class, SettleCommand.class, WhatIfCommand.class, ReportCommand.class,
                NightlyCommand.class, VerifyCommand.class, ExplainCommand.class, GenerateCommand.class,
                ServeCommand.class, WorkerCommand.class, UserCommand.class,
                RerunCommand.class,
                ExportCommand.class,
                InzageCommand.class,
                HelpCommand.class},
        footerHeading = "%n",
        footer = {"The database is an H2 file database under ./var unless --spring.datasource.url=... (with",
                "--spring.datasource.username=... and --spring.datasource.password=...) names another, such as",
                "PostgreSQL. 'java -jar settlement.jar help COMMAND' shows a command's options and defaults.",
                "Exit status: 0 done, 2 refused (reason on standard error), 1 failed."})
public final class SettlementCli implements Runnable {

    @Spec
    private CommandSpec spec;

    private final List<String> springArguments;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    private SettlementCli(List<String> springArguments, InputStream in, PrintStream out, PrintStream err) {
        this.springArguments = springArguments;
        this.in = in;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command line and returns its exit status; used by {@link #main} and by the tests. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, System.in, out, err);
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, reading standard input from {@code in}. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        SpringArguments split = SpringArguments.split(args);
        return commandLine(new SettlementCli(split.springArguments(), in, out, err), out, err)
                .execute(split.commandArguments().toArray(String[]::new));
    }

    /**
     * Checks a command line of a command that works inside the Spring context and returns it ready
     * to start, without starting it: for tests that need the context itself (its beans, a worker
     * on a thread of its own). Bad arguments throw picocli's {@link ParameterException}.
     */
    public static PreparedCommand prepare(String... args) {
        SpringArguments split = SpringArguments.split(args);
        SettlementCli cli = new SettlementCli(split.springArguments(), System.in, System.out,
                System.err);
        CommandLine.ParseResult parsed = commandLine(cli, System.out, System.err)
                .parseArgs(split.commandArguments().toArray(String[]::new));
        // The innermost command: a subcommand's own subcommand for 'user add' and 'rerun approve'.
        CommandLine.ParseResult innermost = parsed;
        while (innermost.hasSubcommand()) {
            innermost = innermost.subcommand();
        }
        if (!(innermost.commandSpec().userObject() instanceof ContextCommand command)) {
            throw new IllegalArgumentException("not a command that runs in the Spring context: " + String.join(" ", args));
        }
        command.check();
        return new PreparedCommand(command);
    }

    /** Without a command there is nothing to do: said as a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "no command given");
    }

    List<String> springArguments() {
        return springArguments;
    }

    InputStream in() {
        return in;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    private static CommandLine commandLine(SettlementCli cli, PrintStream out, PrintStream err) {
        CommandLine commandLine = new CommandLine(cli);
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(SettlementCli::usageError);
        commandLine.setExecutionExceptionHandler((thrown, command, parsed) -> {
            // Whatever a command throws ends as one line: refused (2) or failed (1), never a stack trace.
            RunEnd end = RunEnd.of(thrown);
            end.printReason(command.getCommandName(), err);
            return end.exitStatus();
        });
        return commandLine;
    }

    /** Bad arguments: exit 2 with the reason, the nearest command or option, and the usage. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        boolean unknownCommand = e instanceof UnmatchedArgumentException unmatched
                && command.getParent() == null && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-");
        err.println("settlement: " + (unknownCommand
                ? "unknown command '" + ((UnmatchedArgumentException) e).getUnmatched().get(0) + "'"
                : e.getMessage()));
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        command.usage(err);
        return ExitCode.REFUSED;
    }
}
