package org.caresettle.batch.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.core.value.Period;

/**
 * {@code verify} as a use case: re-adds one published version of a period's statements from the
 * CSV files alone, with no database (an auditor may have nothing but the folder). Without a
 * version number the latest published version is verified. Refused when there is nothing to
 * verify; a {@link org.caresettle.batch.statement.StatementCheckException} names the first file
 * and line that does not add up.
 */
public final class VersionVerification {

    private VersionVerification() {
    }

    public static VerifiedVersion verify(Path out, Period period, OptionalInt requestedVersion) {
        VersionFolders folders = VersionFolders.of(out, period);
        int version = requestedVersion.isPresent() ? requestedVersion.getAsInt()
                : folders.latestPublished().orElseThrow(() -> new RefusedException(
                        "no statements of " + period + " under " + folders.periodFolder()));
        Path folder = folders.published(version);
        if (!Files.isDirectory(folder)) {
            throw new RefusedException("no version " + version + " of " + period + ": " + folder + " does not exist");
        }
        return new StatementVerifier(folders, period, version).verify();
    }
}
