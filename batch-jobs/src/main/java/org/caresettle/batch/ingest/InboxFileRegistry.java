package org.caresettle.batch.ingest;

import static org.caresettle.schema.jooq.Tables.INBOX_FILE;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.param;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
     * The look-up of a chunk's files and the file insert, rendered once and sent through plain JDBC:
     * rendering them with jOOQ for every file cost more than the database's answer (issue 17, a
     * fifth of the profile of an inbox of one-declaration messages).
     */
    private final String answerBaseCountSql;
    private final String insertSql;

    InboxFileRegistry(DSLContext dsl) {
        this.dsl = dsl;
        var i = INBOX_FILE;
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
     * What the registry knows of a file's name and content; {@code vanishedRow} is the VANISHED row
     * of this very file, if there is one.
     */
    record Seen(boolean known, Optional<FileId> contentOwner, Optional<Long> vanishedRow) {
    }

    /**
     * The registry as the files of one transaction (a chunk of one part's files) see it, read and
     * written per chunk instead of per file (issue 17: a one-declaration message cost three round
     * trips of its own here, a look-up, an answer-base count and an insert). Every row with a
     * chunk file's name, content or answer stem is read in one query up front; the files recorded
     * in the chunk are kept here and inserted together when their ids are first needed. That is
     * the same as asking per file: the plan keeps files that share a name, a content or a stem in
     * one part, in processing order ({@link InboxPartitionPlan}), so no other part can record a row
     * these files would see, and the chunk's own rows are looked up here before the database.
     */
    Chunk chunk(List<InboxFile> files) {
        return new Chunk(files);
    }

    /** A file's id in the registry; of a file recorded in this chunk, known once the chunk's rows are inserted. */
    interface FileId {
        long value();
    }

    final class Chunk {

        /** Earlier rows: the chunk's files' names, contents and answer stems. */
        private final List<Row> earlier = new ArrayList<>();
        /** The stems read up front; a candidate {@code stem~N} outside them is counted in the database. */
        private final Set<String> stemsRead = new HashSet<>();
        /** Rows recorded in this chunk, in order; the ones not yet inserted have no id. */
        private final List<Row> recorded = new ArrayList<>();
        private int inserted;

        private Chunk(List<InboxFile> files) {
            for (int from = 0; from < files.size(); from += NAMES_PER_QUERY) {
                read(files.subList(from, Math.min(files.size(), from + NAMES_PER_QUERY)));
            }
        }

        /** One query, a union, so each half uses its own index on H2 as well. */
        private void read(List<InboxFile> files) {
            var i = INBOX_FILE;
            List<String> names = files.stream().map(InboxFile::name).distinct().toList();
            List<String> contents = files.stream().map(InboxFile::sha256).distinct().toList();
            List<String> stems = files.stream().map(file -> ResponseFiles.stem(file.name())).distinct().toList();
            stemsRead.addAll(stems);
            var fields = List.of(i.FILE_ID, i.FILE_NAME, i.SHA256, i.CONTENT_SHA256, i.OUTCOME, i.ANSWER_BASE_NAME);
            Set<Long> seen = new HashSet<>();
            dsl.select(fields).from(i).where(i.FILE_NAME.in(names))
                    .unionAll(dsl.select(fields).from(i).where(i.CONTENT_SHA256.in(contents)))
                    .unionAll(dsl.select(fields).from(i).where(i.ANSWER_BASE_NAME.in(stems)))
                    .forEach(r -> {
                        if (seen.add(r.get(i.FILE_ID))) {
                            earlier.add(new Row(r.get(i.FILE_ID), r.get(i.FILE_NAME), r.get(i.SHA256),
                                    r.get(i.CONTENT_SHA256), r.get(i.OUTCOME), r.get(i.ANSWER_BASE_NAME), null));
                        }
                    });
        }

        /**
         * Every row with the file's name or its content: whether this very file is known (same name,
         * same content) and which file owns its content if it was ingested or rejected before.
         */
        Seen lookUp(InboxFile file) {
            boolean known = false;
            FileId owner = null;
            Long vanished = null;
            for (Row row : rows()) {
                if (!file.name().equals(row.name) && !file.sha256().equals(row.content)) {
                    continue;
                }
                boolean sameFile = file.name().equals(row.name) && file.sha256().equals(row.sha256);
                if (FileOutcome.VANISHED.name().equals(row.outcome)) {
                    vanished = sameFile ? Long.valueOf(row.value()) : vanished; // it has no content and no answers
                    continue;
                }
                known |= sameFile;
                if (file.sha256().equals(row.content)) {
                    owner = row;
                }
            }
            return new Seen(known, Optional.ofNullable(owner), Optional.ofNullable(vanished));
        }

        private List<Row> rows() {
            List<Row> rows = new ArrayList<>(earlier.size() + recorded.size());
            rows.addAll(earlier);
            rows.addAll(recorded);
            return rows;
        }

        /**
         * The base name of a file's answers (SPEC 9): its on-disk stem, or {@code stem~N} when N−1
         * files recorded before it have that stem, so no answer is ever named like another file's.
         * Files with one stem are ingested in one part, in processing order, and every file before it
         * is committed or in this chunk: the same inbox gives the same names, also after a crash and
         * a restart.
         */
        String answerBaseName(InboxFile file) {
            return ResponseFiles.firstFree(ResponseFiles.stem(file.name()), this::answerBaseTaken);
        }

        private boolean answerBaseTaken(String base) {
            for (Row row : rows()) {
                if (base.equals(row.answerBase)) {
                    return true;
                }
            }
            return !stemsRead.contains(base) && countAnswerBase(base) > 0;
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
            earlier.removeIf(row -> row.id == fileId);
        }

        /**
         * Records a file at its place in processing order ({@code processingOrder}, from
         * {@link #nextProcessingOrder}), which files.csv follows; inserted with the chunk's other
         * new rows when an id is first asked for, at the latest by {@link #insert()}.
         */
        FileId record(InboxFile file, long processingOrder, FileOutcome outcome, String reason, FileId duplicateOf,
                String answerBaseName, LocalDateTime now) {
            boolean contentCounts = file.wasRead()
                    && (outcome == FileOutcome.INGESTED || outcome == FileOutcome.REJECTED);
            // an owner recorded in this chunk is inserted first, so that its id is known (rare: a copy in one chunk)
            Long duplicateOfId = duplicateOf == null ? null : duplicateOf.value();
            Row row = new Row(null, file.name(), file.sha256(), contentCounts ? file.sha256() : null, outcome.name(),
                    answerBaseName, new Insert(file.sizeBytes(), reason, duplicateOfId, now, processingOrder));
            recorded.add(row);
            return row;
        }

        /** Inserts the rows recorded and not yet inserted, in one batch, and learns their ids. */
        void insert() {
            if (inserted == recorded.size()) {
                return;
            }
            List<Row> rows = recorded.subList(inserted, recorded.size());
            inserted = recorded.size();
            List<Long> ids = dsl.connectionResult(connection -> {
                // the generated file_id is the table's first column, the one key H2 returns and first of PostgreSQL's row
                try (PreparedStatement insert = connection.prepareStatement(insertSql, Statement.RETURN_GENERATED_KEYS)) {
                    for (Row row : rows) {
                        Insert values = row.insert;
                        insert.setString(1, row.name);
                        insert.setLong(2, values.sizeBytes);
                        insert.setString(3, row.sha256);
                        insert.setString(4, row.content);
                        insert.setString(5, row.outcome);
                        insert.setString(6, values.reason);
                        insert.setObject(7, values.duplicateOf, Types.BIGINT);
                        insert.setString(8, row.answerBase);
                        insert.setObject(9, values.now);
                        insert.setObject(10, values.now);
                        insert.setLong(11, values.processingOrder);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    List<Long> keys = new ArrayList<>(rows.size());
                    try (ResultSet key = insert.getGeneratedKeys()) {
                        while (key.next()) {
                            keys.add(key.getLong(1));
                        }
                    }
                    return keys;
                }
            });
            if (ids.size() != rows.size()) {
                throw new IllegalStateException("inserted " + rows.size() + " inbox files, got " + ids.size() + " ids");
            }
            for (int k = 0; k < rows.size(); k++) {
                rows.get(k).id = ids.get(k);
            }
        }

        /** A registry row; {@code insert} holds the rest of a row recorded in this chunk. */
        private final class Row implements FileId {
            private Long id;
            private final String name;
            private final String sha256;
            private final String content;
            private final String outcome;
            private final String answerBase;
            private final Insert insert;

            Row(Long id, String name, String sha256, String content, String outcome, String answerBase, Insert insert) {
                this.id = id;
                this.name = name;
                this.sha256 = sha256;
                this.content = content;
                this.outcome = outcome;
                this.answerBase = answerBase;
                this.insert = insert;
            }

            @Override
            public long value() {
                if (id == null) {
                    insert();
                }
                return id;
            }
        }
    }

    /** The columns of a recorded row that no look-up reads. */
    private record Insert(long sizeBytes, String reason, Long duplicateOf, LocalDateTime now, long processingOrder) {
    }

    private long countAnswerBase(String base) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(answerBaseCountSql)) {
                statement.setString(1, base);
                try (ResultSet count = statement.executeQuery()) {
                    count.next();
                    return count.getLong(1);
                }
            }
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
