package org.caresettle.batch.verify;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.cli.Commands;
import org.caresettle.batch.cli.Invocation;
import org.caresettle.batch.cli.RefusedException;
import org.caresettle.batch.cli.StandaloneCommand;
import org.caresettle.batch.cli.UsageException;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;

/**
 * {@code verify --out DIR --period YYYY-MM [--version N]}: re-adds one version of a period's
 * statements from the CSV files alone, with no database (an auditor may have nothing but the
 * folder). Without {@code --version} the latest published version is verified. Exit 0 when every
 * check holds; exit 1 naming the first file and line that does not (a {@code StatementCheckException});
 * exit 2 when there is nothing to verify.
 */
public final class VerifyCommand implements StandaloneCommand {

    @Override
    public int run(Invocation invocation, PrintStream out) {
        Period period = invocation.period();
        VersionFolders folders = VersionFolders.of(Path.of(invocation.option(Commands.OUT)), period);
        int version = version(invocation, folders, period);
        Path folder = folders.published(version);
        if (!Files.isDirectory(folder)) {
            throw new RefusedException("no version " + version + " of " + period + ": " + folder + " does not exist");
        }
        VerifiedVersion verified = new StatementVerifier(folders, period, version).verify();
        out.println(verified.describe());
        return SettlementApplication.EXIT_DONE;
    }

    private static int version(Invocation invocation, VersionFolders folders, Period period) {
        String text = invocation.option(Commands.VERSION);
        if (text == null) {
            return folders.latestPublished().orElseThrow(() -> new RefusedException(
                    "no statements of " + period + " under " + folders.periodFolder()));
        }
        try {
            int version = Integer.parseInt(text);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--version must be a version number 1, 2, ...: '" + text + "'");
    }
}
