package org.caresettle.batch.ingest;

import static org.caresettle.schema.jooq.Tables.INBOX_FILE;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.caresettle.schema.jooq.tables.records.InboxFileRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The inbox file registry: every file ever seen, by name and SHA-256, with its outcome. A file
 * seen again with the same name and content is known and not recorded twice.
 */
@Repository
class InboxFileRegistry {

    private final DSLContext dsl;

    InboxFileRegistry(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean isKnown(InboxFile file) {
        return dsl.fetchExists(INBOX_FILE,
                INBOX_FILE.FILE_NAME.eq(file.name()).and(INBOX_FILE.SHA256.eq(file.sha256())));
    }

    /** The file whose content this is, if that content was ingested or rejected before. */
    Optional<Long> contentOwner(String sha256) {
        return dsl.select(INBOX_FILE.FILE_ID).from(INBOX_FILE).where(INBOX_FILE.CONTENT_SHA256.eq(sha256))
                .fetchOptional(INBOX_FILE.FILE_ID);
    }

    /**
     * The base name of the file's answers: its own name, or {@code name~N} when N−1 earlier
     * files had the same name (SPEC 9), so a resent message id never overwrites an answer.
     */
    String answerBaseName(String fileName) {
        int earlier = dsl.fetchCount(INBOX_FILE, INBOX_FILE.FILE_NAME.eq(fileName));
        return earlier == 0 ? fileName : fileName + "~" + (earlier + 1);
    }

    long record(InboxFile file, FileOutcome outcome, String reason, Long duplicateOf, String answerBaseName,
            LocalDateTime now) {
        boolean contentCounts = outcome == FileOutcome.INGESTED || outcome == FileOutcome.REJECTED;
        return dsl.insertInto(INBOX_FILE)
                .set(INBOX_FILE.FILE_NAME, file.name())
                .set(INBOX_FILE.SIZE_BYTES, file.sizeBytes())
                .set(INBOX_FILE.SHA256, file.sha256())
                .set(INBOX_FILE.CONTENT_SHA256, contentCounts ? file.sha256() : null)
                .set(INBOX_FILE.OUTCOME, outcome.name())
                .set(INBOX_FILE.REASON, reason)
                .set(INBOX_FILE.DUPLICATE_OF_FILE_ID, duplicateOf)
                .set(INBOX_FILE.ANSWER_BASE_NAME, answerBaseName)
                .set(INBOX_FILE.RECEIVED_AT, now)
                .set(INBOX_FILE.PROCESSED_AT, now)
                .returningResult(INBOX_FILE.FILE_ID)
                .fetchOne()
                .value1();
    }

    /** Every file ever recorded, in the order they were processed. */
    List<InboxFileRecord> all() {
        return dsl.selectFrom(INBOX_FILE).orderBy(INBOX_FILE.FILE_ID).fetch();
    }
}
