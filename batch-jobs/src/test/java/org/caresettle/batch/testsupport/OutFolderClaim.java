package org.caresettle.batch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.schema.testsupport.TestDatabase;

/**
 * Lets a database claim its out folder before a test puts something there (a plain file where an
 * answer folder goes, to make a part fail): a folder that already holds output is another
 * database's as far as a new database can tell, and is refused (issue 11). The claim is an ingest
 * of the data's reference files with an empty inbox, so it is run 1 of the database.
 */
public final class OutFolderClaim {

    private OutFolderClaim() {
    }

    public static void claim(TestDatabase database, Path data, Path out, Path scratch) throws IOException {
        Path referenceOnly = scratch.resolve("reference-only-" + out.getFileName());
        SampleData.copy(data.resolve("reference"), referenceOnly.resolve("reference"));
        Files.createDirectories(referenceOnly.resolve("inbox"));
        CliRun claim = CliRun.run(database, "ingest", "--data", referenceOnly.toString(), "--out", out.toString());
        assertThat(claim.exitStatus()).as(claim.err()).isZero();
    }
}
