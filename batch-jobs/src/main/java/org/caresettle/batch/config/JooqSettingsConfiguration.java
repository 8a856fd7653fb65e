package org.caresettle.batch.config;

import org.jooq.conf.RenderQuotedNames;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class JooqSettingsConfiguration {

    /**
     * The generated classes name tables in lower case; rendered unquoted, each database folds
     * them to its own case (H2 upper, PostgreSQL lower), so one set of classes serves both.
     */
    @Bean
    DefaultConfigurationCustomizer unquotedNames() {
        return configuration -> configuration.settings().withRenderQuotedNames(RenderQuotedNames.NEVER);
    }
}
