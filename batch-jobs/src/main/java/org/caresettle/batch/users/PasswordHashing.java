package org.caresettle.batch.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password encoder, for the command line that sets passwords and the console that checks
 * them: Spring Security's delegating encoder, which writes {@code {bcrypt}...} and can still check
 * an older scheme's hash when the default changes.
 */
@Configuration
public class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
