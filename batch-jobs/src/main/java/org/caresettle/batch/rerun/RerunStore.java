package org.caresettle.batch.rerun;

import static org.caresettle.schema.jooq.Tables.RERUN_REQUEST;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.caresettle.schema.jooq.tables.records.RerunRequestRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The rows of {@code rerun_request}; a state changes only from the state the caller expects. */
@Repository
class RerunStore {

    private final DSLContext dsl;

    RerunStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    long add(String period, String reason, String requestedBy, LocalDateTime at, int previewVersion,
            String previewFolder, String inputSha256, String previewSummary) {
        return dsl.insertInto(RERUN_REQUEST)
                .set(RERUN_REQUEST.PERIOD, period)
                .set(RERUN_REQUEST.REASON, reason)
                .set(RERUN_REQUEST.REQUESTED_BY, requestedBy)
                .set(RERUN_REQUEST.REQUESTED_AT, at)
                .set(RERUN_REQUEST.STATE, RerunState.REQUESTED.name())
                .set(RERUN_REQUEST.PREVIEW_VERSION, previewVersion)
                .set(RERUN_REQUEST.PREVIEW_FOLDER, previewFolder)
                .set(RERUN_REQUEST.INPUT_SHA256, inputSha256)
                .set(RERUN_REQUEST.PREVIEW_SUMMARY, previewSummary)
                .returning(RERUN_REQUEST.REQUEST_ID).fetchOne().getRequestId();
    }

    Optional<Rerun> find(long id) {
        return dsl.selectFrom(RERUN_REQUEST).where(RERUN_REQUEST.REQUEST_ID.eq(id)).fetchOptional(RerunStore::rerun);
    }

    List<Rerun> newestFirst(int limit) {
        return dsl.selectFrom(RERUN_REQUEST).orderBy(RERUN_REQUEST.REQUEST_ID.desc()).limit(limit)
                .fetch(RerunStore::rerun);
    }

    /** The requests of {@code period} that still wait for a decision, oldest first. */
    List<Rerun> waiting(String period) {
        return dsl.selectFrom(RERUN_REQUEST)
                .where(RERUN_REQUEST.PERIOD.eq(period).and(RERUN_REQUEST.STATE.eq(RerunState.REQUESTED.name())))
                .orderBy(RERUN_REQUEST.REQUEST_ID).fetch(RerunStore::rerun);
    }

    /** The ids of the requests that are APPROVED: being published, or left so by a run that died. */
    List<Long> approved() {
        return dsl.select(RERUN_REQUEST.REQUEST_ID).from(RERUN_REQUEST)
                .where(RERUN_REQUEST.STATE.eq(RerunState.APPROVED.name()))
                .fetch(RERUN_REQUEST.REQUEST_ID);
    }

    /**
     * Marks the APPROVED request published as {@code version}, in the caller's transaction (the one that
     * stores the version); false when it is not APPROVED, or not for this period, version and inputs.
     */
    boolean published(long id, String period, int version, String inputSha256) {
        return dsl.update(RERUN_REQUEST)
                .set(RERUN_REQUEST.STATE, RerunState.PUBLISHED.name())
                .set(RERUN_REQUEST.PUBLISHED_VERSION, version)
                .where(RERUN_REQUEST.REQUEST_ID.eq(id)
                        .and(RERUN_REQUEST.STATE.eq(RerunState.APPROVED.name()))
                        .and(RERUN_REQUEST.PERIOD.eq(period))
                        .and(RERUN_REQUEST.PREVIEW_VERSION.eq(version))
                        .and(RERUN_REQUEST.INPUT_SHA256.eq(inputSha256)))
                .execute() == 1;
    }

    /** Moves the request from {@code from} to {@code to} with its decision; false when it was not in {@code from}. */
    boolean decide(long id, RerunState from, RerunState to, String by, LocalDateTime at, String why,
            Integer publishedVersion) {
        return dsl.update(RERUN_REQUEST)
                .set(RERUN_REQUEST.STATE, to.name())
                .set(RERUN_REQUEST.DECIDED_BY, by)
                .set(RERUN_REQUEST.DECIDED_AT, at)
                .set(RERUN_REQUEST.DECISION_REASON, why)
                .set(RERUN_REQUEST.PUBLISHED_VERSION, publishedVersion)
                .where(RERUN_REQUEST.REQUEST_ID.eq(id).and(RERUN_REQUEST.STATE.eq(from.name())))
                .execute() == 1;
    }

    private static Rerun rerun(RerunRequestRecord row) {
        return new Rerun(row.getRequestId(), row.getPeriod(), row.getReason(), row.getRequestedBy(),
                row.getRequestedAt(), RerunState.valueOf(row.getState()), row.getPreviewVersion(),
                row.getPreviewFolder(), row.getInputSha256(), row.getPreviewSummary(), row.getDecidedBy(), row.getDecidedAt(),
                row.getDecisionReason(), row.getPublishedVersion());
    }
}
