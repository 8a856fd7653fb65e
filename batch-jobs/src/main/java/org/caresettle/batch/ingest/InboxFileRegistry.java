package org.caresettle.batch.ingest;

import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.param;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
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

    /** Names per look-up query: far below PostgreSQL's 32767 bind values. */
    private static final int NAMES_PER_QUERY = 1000;

    private final DSLContext dsl;
    /**
     * The look-ups and the insert made for every file, rendered once and sent through plain JDBC:
     * rendering them with jOOQ for every file cost more than the database's answer (issue 17, a
     * fifth of the profile of an inbox of one-declaration messages).
     */
    private final String lookUpSql;
    private final String answerBaseCountSql;
    private final String insertSql;

    InboxFileRegistry(DSLContext dsl) {
        this.dsl = dsl;
        var i = INBOX_FILE;
        var byName = dsl.select(i.FILE_ID, i.FILE_NAME, i.SHA256, i.CONTENT_SHA256, i.OUTCOME)
                .from(i).where(i.FILE_NAME.eq(param("name", String.class)));
        var byContent = dsl.select(i.FILE_ID, i.FILE_NAME, i.SHA256, i.CONTENT_SHA256, i.OUTCOME)
                .from(i).where(i.CONTENT_SHA256.eq(param("content", String.class)));
        this.lookUpSql = dsl.render(byName.unionAll(byContent));
        this.answerBaseCountSql = dsl.render(dsl.selectCount().from(i)
                .where(i.ANSWER_BASE_NAME.eq(param("base", String.class))));
        this.insertSql = dsl.render(dsl.insertInto(i)
                .set(i.FILE_NAME, param("name", String.class))
                .set(i.SIZE_BYTES, param("size", Long.class))
                .set(i.SHA256, param("sha256", String.class))
                .set(i.CONTENT_SHA256, param("content", String.class))
                .set(i.OUTCOME, param("outcome", String.class))
                .set(i.REASON, param("reason", String.class))
                .set(i.DUPLICATE_OF_FILE_ID, param("duplicateOf", Long.class))
                .set(i.ANSWER_BASE_NAME, param("answerBase", String.class))
                .set(i.RECEIVED_AT, param("received", LocalDateTime.class))
                .set(i.PROCESSED_AT, param("processed", LocalDateTime.class))
                .set(i.PROCESSING_ORDER, param("order", Long.class)));
    }

    /**
     * What the registry knows of a file's name and content, read in one round trip;
     * {@code vanishedRow} is the VANISHED row of this very file, if there is one.
     */
    record Seen(boolean known, Optional<Long> contentOwner, Optional<Long> vanishedRow) {
    }

    /**
     * Every earlier row with the file's name or its content, as one query (a union, so each half
     * uses its own index on H2 as well): whether this very file is known (same name, same content)
     * and which file owns its content if it was ingested or rejected before.
     */
    Seen lookUp(InboxFile file) {
        return dsl.connectionResult(connection -> {
            boolean known = false;
            Long owner = null;
            Long vanished = null;
            try (PreparedStatement statement = connection.prepareStatement(lookUpSql)) {
                statement.setString(1, file.name());
                statement.setString(2, file.sha256());
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        long fileId = row.getLong(1);
                        boolean sameFile = file.name().equals(row.getString(2)) && file.sha256().equals(row.getString(3));
                        if (FileOutcome.VANISHED.name().equals(row.getString(5))) {
                            vanished = sameFile ? Long.valueOf(fileId) : vanished; // it has no content and no answers
                            continue;
                        }
                        known |= sameFile;
                        if (file.sha256().equals(row.getString(4))) {
                            owner = fileId;
                        }
                    }
                }
            }
            return new Seen(known, Optional.ofNullable(owner), Optional.ofNullable(vanished));
        });
    }

    /**
     * The files of {@code files} that are known ({@link Seen#known()}: a row with the same name and
     * content that is not VANISHED), read a thousand names per query instead of one query per file:
     * the plan of an inbox of thousands of files asked once per file, before any part could start.
     */
    Set<InboxFile> known(List<InboxFile> files) {
        Set<InboxFile> known = new HashSet<>();
        for (int from = 0; from < files.size(); from += NAMES_PER_QUERY) {
            List<InboxFile> slice = files.subList(from, Math.min(files.size(), from + NAMES_PER_QUERY));
            Set<String> recorded = new HashSet<>();
            dsl.select(INBOX_FILE.FILE_NAME, INBOX_FILE.SHA256)
                    .from(INBOX_FILE)
                    .where(INBOX_FILE.FILE_NAME.in(slice.stream().map(InboxFile::name).toList())
                            .and(INBOX_FILE.OUTCOME.ne(FileOutcome.VANISHED.name())))
                    .forEach(row -> recorded.add(row.value1() + "\n" + row.value2()));
            slice.stream().filter(file -> recorded.contains(file.name() + "\n" + file.sha256())).forEach(known::add);
        }
        return known;
    }

    /**
     * The base name of a file's answers (SPEC 9): its on-disk stem, or {@code stem~N} when N−1 files
     * recorded before it have that stem, so no answer is ever named like another file's. Files with
     * one stem are ingested in one part, in processing order ({@link InboxPartitionPlan}), and every
     * file before it is committed or in this transaction: the same inbox gives the same names, also
     * after a crash and a restart. A count, not {@code fetchExists}: H2 2.4 keeps the first answer of
     * {@code select exists(...)} within a transaction, so it missed a file recorded earlier in the chunk.
     */
    String answerBaseName(InboxFile file) {
        return ResponseFiles.firstFree(ResponseFiles.stem(file.name()), this::answerBaseTaken);
    }

    private boolean answerBaseTaken(String base) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(answerBaseCountSql)) {
                statement.setString(1, base);
                try (ResultSet count = statement.executeQuery()) {
                    count.next();
                    return count.getLong(1) > 0;
                }
            }
        });
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
        boolean contentCounts = file.wasRead() && (outcome == FileOutcome.INGESTED || outcome == FileOutcome.REJECTED);
        return dsl.connectionResult(connection -> {
            // the generated file_id is the table's first column, the one key H2 returns and first of PostgreSQL's row
            try (PreparedStatement insert = connection.prepareStatement(insertSql, Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, file.name());
                insert.setLong(2, file.sizeBytes());
                insert.setString(3, file.sha256());
                insert.setString(4, contentCounts ? file.sha256() : null);
                insert.setString(5, outcome.name());
                insert.setString(6, reason);
                insert.setObject(7, duplicateOf, Types.BIGINT);
                insert.setString(8, answerBaseName);
                insert.setObject(9, now);
                insert.setObject(10, now);
                insert.setLong(11, processingOrder);
                insert.executeUpdate();
                try (ResultSet key = insert.getGeneratedKeys()) {
                    key.next();
                    return key.getLong(1);
                }
            }
        });
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
