package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console speaks Dutch (nl-NL: "€ 1.234,56", "7 december 2026") unless {@code ?lang=en} asks
 * for English, which a cookie then remembers. Any other language is shown in Dutch, so text, dates
 * and numbers always agree.
 */
@Configuration
@ConditionalOnWebApplication
class ConsoleLocales implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("console-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return supported(super.resolveLocale(request));
            }
        };
        resolver.setDefaultLocale(DUTCH);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    static Locale supported(Locale asked) {
        return asked != null && "en".equals(asked.getLanguage()) ? ENGLISH : DUTCH;
    }
}
