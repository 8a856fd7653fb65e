package org.caresettle.batch.ownership;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.ownership.DatabaseIdentityRepository.DatabaseIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A database and its {@code --out} folder belong together (issue 11): the answers, {@code files.csv}
 * and statement versions in the folder are what the database remembers having written. Before a run
 * writes anything to {@code --out}, this checks that the two belong together, claims both on a
 * fresh start, and otherwise refuses (exit 2) with the way out.
 *
 * <p>A claim gives the database a new random id and writes it into the folder's marker, the
 * database first. A run that dies between the two leaves an id that no folder carries; the next run
 * finds the same situation as before and claims again. Each claim takes a new id, so a folder
 * claimed before and then given up (no output was ever written to it) can never be mistaken for
 * the current one. Called under the run lock: two runs never claim at once.
 */
@Component
public class OutFolderOwnership {

    private static final Logger log = LoggerFactory.getLogger(OutFolderOwnership.class);
    private static final String RESTORE = "restore the database and the out folder from the back-up of the same night "
            + "as the operator guide's section 6 says";

    private final DatabaseIdentityRepository database;
    private final Clock clock;
    private final boolean adopt;

    OutFolderOwnership(DatabaseIdentityRepository database, Clock clock,
            @Value("${settlement.out.adopt:false}") boolean adopt) {
        this.database = database;
        this.clock = clock;
        this.adopt = adopt;
    }

    /** Returns when {@code out} is this database's folder (claiming both if both are new); refuses otherwise. */
    public void claimOrCheck(Path out) throws IOException {
        OutFolder folder = OutFolder.at(out);
        Optional<DatabaseIdentity> identity = database.find();
        Optional<String> owner = folder.owner();
        if (owner.isPresent()) {
            if (owner.equals(identity.map(DatabaseIdentity::databaseId))) {
                return;
            }
            throw new RefusedException(foreign(folder, owner.get(), identity));
        }
        boolean databaseUsed = database.holdsOutput();
        boolean folderUsed = folder.holdsOutput();
        if (!databaseUsed && !folderUsed) {
            claim(folder, "a new database and a new out folder");
        } else if (databaseUsed && folderUsed && listsOnlyThisDatabasesFiles(folder) && notClaimedElsewhere(identity, folder)) {
            claim(folder, "output of this database from before owner markers existed (its files.csv lists only files"
                    + " this database received)");
        } else if (databaseUsed && folderUsed && adopt) {
            log.warn("--settlement.out.adopt=true: taking {} as this database's out folder", folder.path());
            claim(folder, "adopted on the operator's word (--settlement.out.adopt=true)");
        } else if (!databaseUsed) {
            throw new RefusedException(folder.path() + " holds the output of another database, and this database is"
                    + " new (it has ingested nothing): it would answer every file again and rewrite files.csv; nothing"
                    + " written. Run with the database that wrote this folder (" + RESTORE + ", or name it with"
                    + " --spring.datasource.url=...), or start with a new, empty --out folder");
        } else if (!folderUsed) {
            throw new RefusedException("this database has ingested files and published their answers into "
                    + identity.map(DatabaseIdentity::outFolder).orElse("another folder") + ", but --out "
                    + folder.path() + " is new: answers written here would never reach the providers; nothing written."
                    + " Point --out at this database's folder (check for a typo), or " + RESTORE);
        } else {
            throw new RefusedException(folder.path() + " holds output that this database did not write (no owner"
                    + " marker, and its files.csv is missing or lists files this database never received); nothing"
                    + " written. Point --out at this database's folder, or run with the database that wrote this"
                    + " one; if you are certain it is this database's output from a release before owner markers,"
                    + " run once with --settlement.out.adopt=true");
        }
    }

    private boolean listsOnlyThisDatabasesFiles(OutFolder folder) throws IOException {
        Optional<Set<String>> listed = folder.listedFiles();
        return listed.isPresent() && !listed.get().isEmpty() && database.knowsAllFiles(listed.get());
    }

    /** No other folder carries this database's id; or it was claimed for this very folder and the marker never written. */
    private static boolean notClaimedElsewhere(Optional<DatabaseIdentity> identity, OutFolder folder) {
        return identity.map(id -> id.outFolder().equals(folder.path().toString())).orElse(true);
    }

    private void claim(OutFolder folder, String why) throws IOException {
        String id = UUID.randomUUID().toString();
        database.store(new DatabaseIdentity(id, folder.path().toString()), LocalDateTime.now(clock.withZone(ZoneOffset.UTC)));
        folder.markOwner(id);
        log.info("{} now belongs to database {}: {}", folder.path(), id, why);
    }

    private static String foreign(OutFolder folder, String owner, Optional<DatabaseIdentity> identity) {
        String self = identity.map(id -> "this database (" + id.databaseId() + ") writes to " + id.outFolder())
                .orElse("this database has no out folder yet (a new or rebuilt database)");
        return folder.path() + " belongs to another database (" + folder.path().resolve(OutFolder.MARKER) + " names "
                + owner + "; " + self + "); nothing written. Point --out at this database's folder, or run with the"
                + " database this folder belongs to (" + RESTORE + ", or name it with --spring.datasource.url=...);"
                + " a new database starts with a new, empty --out folder";
    }
}
