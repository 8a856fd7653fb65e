package org.caresettle.batch.ingest;

import static org.caresettle.schema.jooq.Tables.INBOX_PLAN_FILE;

import java.util.Arrays;
import java.util.List;
import org.caresettle.batch.db.BulkInsert;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

/**
 * The files of each part of a partitioned ingest, in the part's order (issue 17): in a table
 * instead of the part's execution context, which Spring Batch writes whole at every chunk. A plan
 * is named by the job execution that made it; a restarted part reads the rows its first run was
 * given, and a part's rows go once it has completed (it never runs again).
 */
@Repository
class InboxPlanStore {

    private static final List<Field<?>> FIELDS = List.of(INBOX_PLAN_FILE.PLAN_ID, INBOX_PLAN_FILE.PART,
            INBOX_PLAN_FILE.PLACE_IN_PART, INBOX_PLAN_FILE.FILE_NAME, INBOX_PLAN_FILE.PROCESSING_ORDER,
            INBOX_PLAN_FILE.SIZE_BYTES, INBOX_PLAN_FILE.SHA256);

    private final DSLContext dsl;

    InboxPlanStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A file of a part as the plan listed it, with its place in the processing order of the whole inbox. */
    record PlannedFile(String name, long processingOrder, long sizeBytes, String sha256) {
    }

    void save(long planId, int part, List<PlannedFile> files) {
        BulkInsert rows = new BulkInsert(dsl, INBOX_PLAN_FILE, FIELDS);
        for (int place = 0; place < files.size(); place++) {
            PlannedFile file = files.get(place);
            rows.add(Arrays.asList(planId, part, place, file.name(), file.processingOrder(), file.sizeBytes(),
                    file.sha256()));
        }
        rows.flush();
    }

    List<PlannedFile> files(long planId, int part) {
        var f = INBOX_PLAN_FILE;
        return dsl.select(f.FILE_NAME, f.PROCESSING_ORDER, f.SIZE_BYTES, f.SHA256)
                .from(f)
                .where(f.PLAN_ID.eq(planId).and(f.PART.eq(part)))
                .orderBy(f.PLACE_IN_PART)
                .fetch(r -> new PlannedFile(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    void forget(long planId, int part) {
        dsl.deleteFrom(INBOX_PLAN_FILE)
                .where(INBOX_PLAN_FILE.PLAN_ID.eq(planId).and(INBOX_PLAN_FILE.PART.eq(part)))
                .execute();
    }
}
