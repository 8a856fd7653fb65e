package org.caresettle.batch.console;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * A sign-in through the form: written to the audit trail as {@link AuditAction#SIGN_IN}, then on to
 * the page that was asked for, or else the start page of the role (the run history for operators
 * and auditors, the overview for the others).
 *
 * <p>An API call with HTTP Basic signs in on every call; recording each as a sign-in would bury the
 * people's sign-ins under a script's calls, so those are not audited as sign-ins (their failures
 * are, and what a call shows or downloads is audited by its endpoint, under the user's name).
 */
class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private final AuditTrail audit;

    SignInSuccess(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws ServletException, IOException {
        audit.record(authentication.getName(), AuditAction.SIGN_IN, request.getRequestURI(), request.getRemoteAddr(),
                null);
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return StartPage.of(user.viewer());
        }
        return StartPage.OVERVIEW;
    }
}
