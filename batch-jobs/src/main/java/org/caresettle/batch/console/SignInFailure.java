package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A failed sign-in through the form goes back to the form with one message for every reason (wrong
 * name, wrong password, disabled), so the page does not tell which names exist; only a refusal
 * after too many failures says so. {@link SignInAttempts} has logged and audited the failure.
 */
class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String page = exception instanceof SignInThrottledException ? "/login?throttled" : "/login?error";
        response.sendRedirect(request.getContextPath() + page);
    }
}
