package org.caresettle.batch.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.caresettle.batch.run.RunRequest;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that works inside the Spring context, on the database. Its arguments are checked
 * ({@link #check}) before Spring starts; then {@link CommandLauncher} starts the context and runs
 * {@link #run} under the run supervisor (lock, run log, run record).
 */
abstract class ContextCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--production", description = "A production run: refuses to settle or report with the "
            + "example pseudonym key.")
    private boolean production;

    @Override
    public final Integer call() {
        check();
        return CommandLauncher.launch(this, springArguments(), cli().out(), cli().err());
    }

    /** The top of the command line, also for a command nested one level deeper ({@code user add}). */
    private SettlementCli cli() {
        return (SettlementCli) spec.root().userObject();
    }

    /** Standard input, for a command that reads a secret from it ({@code user add --password-stdin}). */
    InputStream in() {
        return cli().in();
    }

    /** Checks what can be checked before Spring starts; throws a {@link ParameterException}. */
    void check() {
    }

    /** The run as the run log keeps it. */
    abstract RunRequest request();

    /**
     * The run with who asked for it (the OS user, {@code cli:<user>}) and the {@code --reason} given to a
     * command that takes one (issue 14).
     */
    final RunRequest runRequest() {
        String reason = spec.mixins().values().stream()
                .map(CommandSpec::userObject)
                .filter(ReasonOption.class::isInstance)
                .map(option -> ((ReasonOption) option).reason)
                .filter(java.util.Objects::nonNull)
                .findFirst().orElse(null);
        return request().by(RunRequest.commandLineUser(), reason);
    }

    /** The command's work, inside the started context; returns the exit status. */
    abstract int run(ApplicationContext context, PrintStream out) throws Exception;

    /** The Spring properties this command sets itself, after those the user gave. */
    List<String> commandProperties() {
        return List.of();
    }

    /** Standard error, for a command that keeps running and reports as it goes ({@code serve}). */
    PrintStream err() {
        return cli().err();
    }

    String name() {
        return spec.name();
    }

    List<String> springArguments() {
        List<String> arguments = new ArrayList<>(cli().springArguments());
        if (production) {
            arguments.add("--settlement.production=true");
        }
        arguments.addAll(commandProperties());
        return arguments;
    }

    /** Refuses (exit 2, with the usage) an option's folder that does not exist. */
    void requireFolder(String option, Path folder) {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), option + " " + folder + ": no such folder");
        }
    }
}
