package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/** A sign-out ({@code POST /logout}): written to the audit trail, then back to the sign-in form. */
class SignOutAudit implements LogoutSuccessHandler {

    private final AuditTrail audit;

    SignOutAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        if (authentication != null) {
            audit.record(authentication.getName(), AuditAction.SIGN_OUT, request.getRequestURI(),
                    request.getRemoteAddr(), null);
        }
        response.sendRedirect(request.getContextPath() + "/login?logout");
    }
}
