package org.caresettle.batch.audit;

import java.time.Instant;

/**
 * One entry of the append-only audit trail: when, who (the user name, or what was typed at a
 * failed sign-in), what, on what, and from where (the client's address as the server saw it).
 */
public record AuditEvent(long id, Instant at, String username, AuditAction action, String target, String remoteAddress,
        String detail) {
}
