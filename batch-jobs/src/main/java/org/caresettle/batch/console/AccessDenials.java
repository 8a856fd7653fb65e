package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.springframework.stereotype.Component;

/** Puts a refused request in the audit trail: who, which path, from where, and why. */
@Component
class AccessDenials {

    private final AuditTrail audit;

    AccessDenials(AuditTrail audit) {
        this.audit = audit;
    }

    void record(HttpServletRequest request, Forbidden refusal) {
        Principal principal = request.getUserPrincipal();
        audit.record(principal == null ? "" : principal.getName(), AuditAction.ACCESS_DENIED, request.getRequestURI(),
                request.getRemoteAddr(), refusal.getMessage());
    }
}
