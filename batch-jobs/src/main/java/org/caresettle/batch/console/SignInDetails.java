package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * Where a sign-in came from, kept with the attempt so that the throttle and the audit trail know
 * it: the client's address (the proxy's {@code X-Forwarded-For} when the server is told to trust it)
 * and the path that was asked, {@code /login} or an API call.
 */
record SignInDetails(String remoteAddress, String path) {

    static final AuthenticationDetailsSource<HttpServletRequest, SignInDetails> SOURCE =
            request -> new SignInDetails(request.getRemoteAddr(), request.getRequestURI());

    static SignInDetails of(Object details) {
        return details instanceof SignInDetails known ? known : new SignInDetails("", "");
    }
}
