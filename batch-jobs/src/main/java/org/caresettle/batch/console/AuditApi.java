package org.caresettle.batch.console;

import java.util.List;
import org.caresettle.batch.audit.AuditEvent;
import org.caresettle.batch.audit.AuditTrail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit[?action=&user=&limit=]}: the audit trail as JSON, newest first. */
@RestController
class AuditApi {

    private final AuditTrail audit;

    AuditApi(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<EventJson> events(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String action,
            @RequestParam(name = "user", required = false) String username,
            @RequestParam(required = false) Integer limit) {
        ConsoleAccess.require(user.viewer().mayReadAuditTrail());
        AuditFilter filter = AuditFilter.of(action, username, limit);
        return audit.newestFirst(filter.action(), filter.username(), filter.limit()).stream().map(EventJson::of).toList();
    }

    /** One event; {@code at} in ISO-8601 UTC. */
    public record EventJson(long id, String at, String username, String action, String target, String remoteAddress,
            String detail) {

        static EventJson of(AuditEvent event) {
            return new EventJson(event.id(), event.at().toString(), event.username(), event.action().name(),
                    event.target(), event.remoteAddress(), event.detail());
        }
    }
}
