package org.caresettle.batch.audit;

import static org.caresettle.schema.jooq.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The append-only audit trail (issue 13): every sign-in and failed attempt, every view of client
 * lines, every download, refusal and rerun decision. This class only inserts and reads; nothing in
 * the application updates or deletes an event. Times are kept in UTC.
 */
@Repository
public class AuditTrail {

    private static final int MAX_NAME = 100;
    private static final int MAX_TEXT = 1000;

    private final DSLContext dsl;
    private final Clock clock;

    AuditTrail(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records one event, now; {@code remoteAddress} and {@code detail} may be null. */
    public void record(String username, AuditAction action, String target, String remoteAddress, String detail) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.MICROS))
                .set(AUDIT_EVENT.USERNAME, cut(username == null ? "" : username, MAX_NAME))
                .set(AUDIT_EVENT.ACTION, action.name())
                .set(AUDIT_EVENT.TARGET, cut(target, MAX_TEXT))
                .set(AUDIT_EVENT.REMOTE_ADDRESS, remoteAddress == null ? null : cut(remoteAddress, MAX_NAME))
                .set(AUDIT_EVENT.DETAIL, detail == null ? null : cut(detail, MAX_TEXT))
                .execute();
    }

    /** The newest events first, at most {@code limit}; {@code action} null means every action. */
    public List<AuditEvent> newestFirst(AuditAction action, int limit) {
        return newestFirst(action, null, limit);
    }

    /** As {@link #newestFirst(AuditAction, int)}, of one user name when {@code username} is not null. */
    public List<AuditEvent> newestFirst(AuditAction action, String username, int limit) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(action == null ? DSL.noCondition() : AUDIT_EVENT.ACTION.eq(action.name()))
                .and(username == null ? DSL.noCondition() : AUDIT_EVENT.USERNAME.eq(username))
                .orderBy(AUDIT_EVENT.EVENT_ID.desc())
                .limit(limit)
                .fetch(row -> new AuditEvent(row.getEventId(), row.getOccurredAt().toInstant(ZoneOffset.UTC),
                        row.getUsername(), AuditAction.valueOf(row.getAction()), row.getTarget(),
                        row.getRemoteAddress(), row.getDetail()));
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

}
