package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Every 403, whether the security configuration, a controller's {@link Viewer} check or a missing
 * CSRF token refused it, is written to the audit trail as {@link AuditAction#ACCESS_DENIED} with the
 * path. An API call gets the bare status; a page gets the console's error page.
 */
class AccessDeniedAudit implements AccessDeniedHandler {

    /** The user name of a refusal without a signed-in user (a form posted without a session). */
    static final String NOBODY = "-";

    private final AuditTrail audit;
    private final boolean api;

    private AccessDeniedAudit(AuditTrail audit, boolean api) {
        this.audit = audit;
        this.api = api;
    }

    static AccessDeniedAudit forApi(AuditTrail audit) {
        return new AccessDeniedAudit(audit, true);
    }

    static AccessDeniedAudit forPages(AuditTrail audit) {
        return new AccessDeniedAudit(audit, false);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null || !authentication.isAuthenticated() ? NOBODY : authentication.getName();
        audit.record(username, AuditAction.ACCESS_DENIED, request.getRequestURI(), request.getRemoteAddr(),
                request.getMethod());
        if (api) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
