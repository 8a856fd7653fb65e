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
 *
 * <p>A version after the first is checked against the previous version's folder (its corrections must
 * be exactly the difference). When that folder is not there (a copy of one version only), the check
 * cannot be done, and {@code verify} never claims a check it did not do: it is refused, unless the
 * caller accepts verifying without it ({@code withoutPrevious}); the result then says what was skipped.
 */
public final class VersionVerification {

    private VersionVerification() {
    }

    public static VerifiedVersion verify(Path out, Period period, OptionalInt requestedVersion, boolean withoutPrevious) {
        VersionFolders folders = VersionFolders.of(out, period);
        int version = requestedVersion.isPresent() ? requestedVersion.getAsInt()
                : folders.latestPublished().orElseThrow(() -> new RefusedException(
                        "no statements of " + period + " under " + folders.periodFolder()));
        Path folder = folders.published(version);
        if (!Files.isDirectory(folder)) {
            throw new RefusedException("no version " + version + " of " + period + ": " + folder + " does not exist");
        }
        boolean previousThere = version == 1 || Files.isDirectory(folders.published(version - 1));
        if (!previousThere && !withoutPrevious) {
            throw new RefusedException("v" + (version - 1) + " of " + period + " is not there ("
                    + folders.published(version - 1) + " does not exist), so the corrections of v" + version
                    + " cannot be compared with it; nothing was verified. Verify beside the previous version, or give"
                    + " --without-previous to verify everything else and say that this check was skipped");
        }
        return new StatementVerifier(folders, period, version).verify();
    }
}
