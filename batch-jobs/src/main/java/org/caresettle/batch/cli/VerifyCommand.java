package org.caresettle.batch.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.verify.VersionVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code verify --out DIR --period YYYY-MM [--version N] [--without-previous]}: see
 * {@link VersionVerification}. Needs no database, so it runs without Spring. Exit 0 when every check
 * holds; exit 1 naming the first file and line that does not; exit 2 when there is nothing to verify,
 * or when the previous version is not there to compare the corrections with and
 * {@code --without-previous} was not given.
 */
@Command(name = "verify",
        description = "Re-add the period's statements (the latest version, or --version N) from the CSV files "
                + "alone, without the database.")
final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    private SettlementCli cli;

    // Not the standard help options: this command's --version is a statement version.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    OutFolder out;
    @Mixin
    PeriodOption period;
    @Mixin
    StatementVersionOption version;
    @Option(names = "--without-previous", description = "Verify a version after the first although the previous "
            + "version's folder is not there: everything but the comparison of the corrections with it, which the "
            + "output then says was skipped (without this option verify refuses, exit 2).")
    boolean withoutPrevious;

    @Override
    public Integer call() {
        PrintStream log = cli.out();
        Path folder = out.path;
        log.println(VersionVerification.verify(folder, period.period,
                version.version(), withoutPrevious).describe());
        return ExitCode.DONE;
    }
}
