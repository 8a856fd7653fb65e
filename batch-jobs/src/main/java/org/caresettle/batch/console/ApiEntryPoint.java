package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * An API call without a valid sign-in: 401 and no body, so nothing about the data or the reason
 * leaks; the {@code WWW-Authenticate} header tells scripts to use HTTP Basic.
 */
class ApiEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"settlement\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
}
