package org.caresettle.batch.console;

import com.samskivert.mustache.Mustache;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * The texts of the console's pages from {@code i18n/pages}: Dutch unless the reader asked for
 * English (a browser's or the console's language choice), whatever the server's own locale. Pages
 * write {@code {{#msg}}key{{/msg}}}; the lambda escapes the text for HTML.
 */
@Component
class PageTexts {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final MessageSource messages;

    PageTexts(MessageSource messages) {
        this.messages = messages;
    }

    Locale locale(HttpServletRequest request) {
        Locale asked = RequestContextUtils.getLocale(request);
        return asked != null && "en".equals(asked.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }

    /** A version's state (PUBLISHED, ...) in the reader's language; an unknown state as it is stored. */
    String versionStatus(Locale locale, String status) {
        return messages.getMessage("version.status." + status, null, status, locale);
    }

    String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, key, locale);
    }

    /** What every page of this part needs: the text lambda, its title and language. */
    void page(Model model, HttpServletRequest request, String titleKey, Object... titleArguments) {
        Locale locale = locale(request);
        Mustache.Lambda msg = (fragment, out) -> out.write(HtmlUtils.htmlEscape(text(locale, fragment.execute().trim())));
        model.addAttribute("msg", msg);
        model.addAttribute("pageTitle", text(locale, titleKey, titleArguments));
        model.addAttribute("pageLang", locale.getLanguage());
    }

    /** Mustache refuses a null value: an absent cell is shown empty. */
    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }

    /** {@code 7 december 2026}. */
    static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    /** {@code 7 december 2026 17:24}. */
    static String dateTime(LocalDateTime time, Locale locale) {
        return time == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).format(time);
    }
}
