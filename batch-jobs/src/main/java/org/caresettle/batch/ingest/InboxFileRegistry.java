package org.caresettle.batch.ingest;

import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.jooq.impl.DSL.max;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.caresettle.schema.jooq.tables.records.InboxFileRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The inbox file registry: every file ever seen, by name and SHA-256, with its outcome. A file
 * seen again with the same name and content is known and not recorded twice. A VANISHED row
 * (issue 11) is the exception: it records that the file was not read, so the file is not known by
 * it, and when it is read after all its row gives way to the file's real record.
 */
@Repository
class InboxFileRegistry {

    private final DSLContext dsl;

    InboxFileRegistry(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What the registry knows of a file's name and content, read in one round trip;
     * {@code vanishedRow} is the VANISHED row of this very file, if there is one.
     */
    record Seen(String fileName, boolean known, Optional<Long> contentOwner, int sameName,
            Optional<Long> vanishedRow) {

        /**
         * The base name of the file's answers: its own name, or {@code name~N} when N−1 earlier
         * files had the same name (SPEC 9), so a resent message id never overwrites an answer.
         */
        String answerBaseName() {
            return sameName == 0 ? fileName : fileName + "~" + (sameName + 1);
        }
    }

    /**
     * Every earlier row with the file's name or its content, as one query (a union, so each half
     * uses its own index on H2 as well): whether this very file is known (same name, same content),
     * which file owns its content if it was ingested or rejected before, and how many had its name.
     */
    Seen lookUp(InboxFile file) {
        var i = INBOX_FILE;
        var byName = dsl.select(i.FILE_ID, i.FILE_NAME, i.SHA256, i.CONTENT_SHA256, i.OUTCOME)
                .from(i).where(i.FILE_NAME.eq(file.name()));
        var byContent = dsl.select(i.FILE_ID, i.FILE_NAME, i.SHA256, i.CONTENT_SHA256, i.OUTCOME)
                .from(i).where(i.CONTENT_SHA256.eq(file.sha256()));
        boolean known = false;
        Long owner = null;
        Long vanished = null;
        Set<Long> sameName = new HashSet<>(); // a row with both the name and the content comes back twice
        for (var row : byName.unionAll(byContent).fetch()) {
            boolean nameMatches = file.name().equals(row.value2());
            boolean sameFile = nameMatches && file.sha256().equals(row.value3());
            if (FileOutcome.VANISHED.name().equals(row.value5())) {
                vanished = sameFile ? row.value1() : vanished; // it has no content and no answers
                continue;
            }
            known |= sameFile;
            if (file.sha256().equals(row.value4())) {
                owner = row.value1();
            }
            if (nameMatches) {
                sameName.add(row.value1());
            }
        }
        return new Seen(file.name(), known, Optional.ofNullable(owner), sameName.size(), Optional.ofNullable(vanished));
    }

    /**
     * Removes a VANISHED row ({@link Seen#vanishedRow()}) before its file is recorded again, which
     * the unique name and content would refuse. Nothing refers to such a row: it has no content
     * to be a duplicate of, no declarations and no answers.
     */
    void forgetVanished(long fileId) {
        dsl.deleteFrom(INBOX_FILE)
                .where(INBOX_FILE.FILE_ID.eq(fileId).and(INBOX_FILE.OUTCOME.eq(FileOutcome.VANISHED.name())))
                .execute();
    }

    /**
     * Records a file at its place in processing order ({@code processingOrder}, from
     * {@link #nextProcessingOrder}), which files.csv follows.
     */
    long record(InboxFile file, long processingOrder, FileOutcome outcome, String reason, Long duplicateOf,
            String answerBaseName, LocalDateTime now) {
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
                .set(INBOX_FILE.PROCESSING_ORDER, processingOrder)
                .returningResult(INBOX_FILE.FILE_ID)
                .fetchOne()
                .value1();
    }

    /** The first place in processing order after every file recorded so far. */
    long nextProcessingOrder() {
        Long last = dsl.select(max(INBOX_FILE.PROCESSING_ORDER)).from(INBOX_FILE).fetchOne().value1();
        return last == null ? 1 : last + 1;
    }

    /** Every file ever recorded, in the order they were processed. */
    List<InboxFileRecord> all() {
        return dsl.selectFrom(INBOX_FILE).orderBy(INBOX_FILE.PROCESSING_ORDER).fetch();
    }
}
