package org.caresettle.batch.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.expression.WebExpressionAuthorizationManager;

/**
 * Security of the web server that {@code serve} starts (issue 13). Health, metrics and build
 * information stay open to the scraper on the loopback address, as before; the shutdown endpoint,
 * when an operator exposes it, answers this machine only; every other path is refused until the
 * console's sign-in is built. No user and no password ship.
 */
@Configuration
@ConditionalOnWebApplication
class ConsoleSecurity {

    @Bean
    SecurityFilterChain actuatorOnly(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
                                "/actuator/info")
                        .permitAll()
                        // Exposed only when an operator asks for it; then only from this machine,
                        // where a SIGTERM could stop the process as well.
                        .requestMatchers("/actuator/shutdown").access(new WebExpressionAuthorizationManager(
                                "hasIpAddress('127.0.0.1') or hasIpAddress('::1')"))
                        .anyRequest().denyAll())
                // Actuator calls come from scrapers and scripts, not from a browser's forms.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/actuator/**"))
                .httpBasic(Customizer.withDefaults())
                .build();
    }

    /** Nobody yet: without this bean Spring Boot would make a user with a printed password. */
    @Bean
    UserDetailsService nobody() {
        return username -> {
            throw new UsernameNotFoundException("no such user");
        };
    }
}
