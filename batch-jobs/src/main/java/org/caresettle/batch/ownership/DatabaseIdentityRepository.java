package org.caresettle.batch.ownership;

import static org.caresettle.schema.jooq.Tables.DATABASE_IDENTITY;
import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.caresettle.schema.jooq.Tables.SETTLEMENT_VERSION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The {@code database_identity} row (migration V9) and the two questions about this database
 * that decide whether an out folder may be claimed: has it stored anything that was written out,
 * and does it know the files a {@code files.csv} lists.
 */
@Component
class DatabaseIdentityRepository {

    /** The id this database gave itself, and the --out folder it was claimed for. */
    record DatabaseIdentity(String databaseId, String outFolder) {
    }

    private static final String NAME = "settlement";
    private static final int SLICE = 1000;

    private final DSLContext dsl;

    DatabaseIdentityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<DatabaseIdentity> find() {
        return dsl.select(DATABASE_IDENTITY.DATABASE_ID, DATABASE_IDENTITY.OUT_FOLDER)
                .from(DATABASE_IDENTITY)
                .where(DATABASE_IDENTITY.IDENTITY_NAME.eq(NAME))
                .fetchOptional(row -> new DatabaseIdentity(row.value1(), row.value2()));
    }

    /** Stores the identity, replacing one that never got its marker written (see OutFolderOwnership). */
    void store(DatabaseIdentity identity, LocalDateTime at) {
        int updated = dsl.update(DATABASE_IDENTITY)
                .set(DATABASE_IDENTITY.DATABASE_ID, identity.databaseId())
                .set(DATABASE_IDENTITY.OUT_FOLDER, identity.outFolder())
                .set(DATABASE_IDENTITY.CLAIMED_AT, at)
                .where(DATABASE_IDENTITY.IDENTITY_NAME.eq(NAME))
                .execute();
        if (updated == 0) {
            dsl.insertInto(DATABASE_IDENTITY)
                    .set(DATABASE_IDENTITY.IDENTITY_NAME, NAME)
                    .set(DATABASE_IDENTITY.DATABASE_ID, identity.databaseId())
                    .set(DATABASE_IDENTITY.OUT_FOLDER, identity.outFolder())
                    .set(DATABASE_IDENTITY.CLAIMED_AT, at)
                    .execute();
        }
    }

    /** Whether the database remembers files ingested or versions published: output that lives in an out folder. */
    boolean holdsOutput() {
        return dsl.fetchExists(INBOX_FILE) || dsl.fetchExists(SETTLEMENT_VERSION);
    }

    /** Whether every one of these SHA-256 hashes is that of an inbox file this database has seen. */
    boolean knowsAllFiles(Set<String> sha256s) {
        List<String> all = List.copyOf(sha256s);
        // In slices: PostgreSQL takes at most 32767 bind values in one statement.
        for (int from = 0; from < all.size(); from += SLICE) {
            List<String> slice = all.subList(from, Math.min(all.size(), from + SLICE));
            int known = dsl.select(DSL.countDistinct(INBOX_FILE.SHA256))
                    .from(INBOX_FILE)
                    .where(INBOX_FILE.SHA256.in(slice))
                    .fetchOne(0, int.class);
            if (known != slice.size()) {
                return false;
            }
        }
        return true;
    }
}
