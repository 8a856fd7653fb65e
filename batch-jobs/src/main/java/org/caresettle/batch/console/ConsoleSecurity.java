package org.caresettle.batch.console;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.users.UserStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security of the web server that {@code serve} starts (issue 13), in two chains.
 * <ul>
 * <li>{@code /api/**}: HTTP Basic for scripts, without a session of its own; a browser's console
 * session works as well, with its CSRF token. 401 and 403 come without a body.</li>
 * <li>Everything else: the console's pages, with the sign-in form at {@code /login}, CSRF on every
 * form, {@code POST /logout}; static files and the sign-in form are open. Actuator health,
 * metrics and build information stay open to the scraper; shutdown answers this machine only.</li>
 * </ul>
 * Every page and call needs a signed-in user; the run history and the audit trail are limited to
 * their roles here as well as in their controllers, and every other page asks its {@link Viewer}.
 * Users come from the database ({@link ConsoleUserDetails}); none ships.
 */
@Configuration
@ConditionalOnWebApplication
class ConsoleSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    /** A script's call signs in with every request and has no session, hence no CSRF token. */
    private static final RequestMatcher HTTP_BASIC = request -> {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    };

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock);
    }

    /** Also keeps Spring Boot from making a user with a printed password. */
    @Bean
    AuthenticationManager consoleAuthentication(UserStore users, PasswordEncoder passwordEncoder,
            SignInThrottle throttle, AuditTrail audit) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(new ConsoleUserDetails(users));
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new SignInAttempts(passwordCheck, throttle, audit));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager consoleAuthentication, AuditTrail audit)
            throws Exception {
        ApiEntryPoint entryPoint = new ApiEntryPoint();
        AccessDeniedAudit denied = AccessDeniedAudit.forApi(audit);
        return http
                .securityMatcher("/api/**")
                .authenticationManager(consoleAuthentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/audit", "/api/audit/**").hasAnyRole("AUDITOR", "OPERATOR")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint)
                        .authenticationDetailsSource(SignInDetails.SOURCE))
                // NEVER, not STATELESS: a Basic call makes no session, but the console's own
                // session (and its CSRF token) is honoured for the pages' scripts.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.ignoringRequestMatchers(HTTP_BASIC))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .headers(ConsoleSecurity::securityHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager consoleAuthentication, AuditTrail audit)
            throws Exception {
        return http
                .authenticationManager(consoleAuthentication)
                .authorizeHttpRequests(requests -> requests
                        // The error page of a refused or failed request renders what its status allows.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/actuator/info")
                        .permitAll()
                        // Exposed only when an operator asks for it; then only from this machine,
                        // where a SIGTERM could stop the process as well.
                        .requestMatchers("/actuator/shutdown").access(new WebExpressionAuthorizationManager(
                                "hasIpAddress('127.0.0.1') or hasIpAddress('::1')"))
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/audit", "/audit/**", "/audit.csv").hasAnyRole("AUDITOR", "OPERATOR")
                        .requestMatchers("/runs", "/runs/**").hasAnyRole("FINANCE", "AUDITOR", "OPERATOR")
                        .requestMatchers("/inzage", "/inzage/**").hasRole("PRIVACY")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .authenticationDetailsSource(SignInDetails.SOURCE)
                        .successHandler(new SignInSuccess(audit))
                        .failureHandler(new SignInFailure())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(new SignOutAudit(audit)))
                // Actuator calls come from scrapers and scripts, not from a browser's forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/actuator/**"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(AccessDeniedAudit.forPages(audit)))
                .headers(ConsoleSecurity::securityHeaders)
                .build();
    }

    /** No inline script or style may run, no other site may frame a page, and no address leaks in a Referer. */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
