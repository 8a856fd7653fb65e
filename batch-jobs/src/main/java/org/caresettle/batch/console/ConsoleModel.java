package org.caresettle.batch.console;

import com.samskivert.mustache.Mustache;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * What every console page's template may use, added to every model:
 * <ul>
 * <li>{@code t}: {@code {{#t}}nav.runs{{/t}}} is the message {@code nav.runs} in the request's
 * language (i18n/console*.properties, i18n/pages*.properties), HTML-escaped; an unknown key shows
 * as itself, so {@code {{#t}}{{pageTitle}}{{/t}}} works for a key and for a ready text;</li>
 * <li>{@code pageTitle}: the console's name until the page sets its own title (a key or a text);</li>
 * <li>{@code lang}: {@code nl} or {@code en};</li>
 * <li>{@code _csrf}: {@code parameterName} and {@code token} for a form's hidden field;</li>
 * <li>{@code viewer}, when someone is signed in: {@code username}, {@code roleLabel} and the
 * navigation's flags {@code showRuns}, {@code showAudit}, {@code showProviders}, {@code showReruns} and {@code showInzage}.</li>
 * </ul>
 */
@ControllerAdvice
class ConsoleModel {

    private final MessageSource messages;

    ConsoleModel(MessageSource messages) {
        this.messages = messages;
    }

    @ModelAttribute
    void addConsoleModel(Model model, Locale locale, HttpServletRequest request,
            @AuthenticationPrincipal SignedInUser user) {
        model.addAttribute("t", translation(locale));
        // A page sets its own; the error page does not.
        model.addAttribute("pageTitle", "console.name");
        model.addAttribute("lang", locale.getLanguage());
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken csrf) {
            model.addAttribute("_csrf", new CsrfField(csrf));
        }
        if (user != null) {
            Viewer viewer = user.viewer();
            String roleLabel = messages.getMessage("role." + viewer.role().name(), null, viewer.role().name(), locale);
            model.addAttribute("viewer", new ViewerModel(viewer.username(), roleLabel, viewer.mayReadRuns(),
                    viewer.mayReadAuditTrail(), viewer.mayReadProviderStatements(), viewer.mayReadReruns(),
                    viewer.mayAnswerInzage()));
        }
    }

    private Mustache.Lambda translation(Locale locale) {
        return (fragment, out) -> {
            String key = HtmlUtils.htmlUnescape(fragment.execute()).trim();
            out.write(HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale), "UTF-8"));
        };
    }

    /**
     * A form's CSRF field. The token is read only when a template shows it: reading it makes a
     * session, which an API call answered as JSON (these methods run for it too) must not get.
     */
    public record CsrfField(CsrfToken csrf) {

        public String parameterName() {
            return csrf.getParameterName();
        }

        public String token() {
            return csrf.getToken();
        }
    }

    /** The signed-in user as the navigation shows them. */
    public record ViewerModel(String username, String roleLabel, boolean showRuns, boolean showAudit,
            boolean showProviders, boolean showReruns, boolean showInzage) {
    }
}
