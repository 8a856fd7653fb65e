package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.caresettle.batch.inquiry.ProviderDeclaration;
import org.caresettle.batch.inquiry.ProviderFigures;
import org.caresettle.batch.inquiry.ProviderInquiry;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.core.value.AgbCode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /providers} and {@code /providers/{agb}} (issue 13, page 5), for finance and auditor only
 * ({@link Viewer#mayReadProviderStatements()}): per provider and period (the month of the
 * declaration lines) the declarations and lines received, accepted and rejected, the rejection rate
 * and the most frequent return codes with their descriptions; a provider's page adds its
 * declarations over time.
 */
@Controller
class ProvidersController {

    /** Return codes shown per provider and period on the list. */
    static final int CODES_SHOWN = 3;

    private final ProviderInquiry providers;
    private final PageTexts texts;

    ProvidersController(ProviderInquiry providers, PageTexts texts) {
        this.providers = providers;
        this.texts = texts;
    }

    record CodeCell(String code, String description, long count) {
    }

    record FigureRow(String agb, String name, String href, String period, long declarations, long lines,
            long accepted, long rejected, String rejectionRate, List<CodeCell> codes) {
    }

    record DeclarationRow(String declarationNumber, String messageId, String inboxFile, String declarationDate,
            String period, List<CodeCell> answer, long lines, long accepted, long rejected, String total, String awarded) {
    }

    @GetMapping("/providers")
    String providers(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadProviderStatements(), "providers");
        Locale locale = texts.locale(request);
        ReferenceNames names = providers.names();
        texts.page(model, request, "providers.title");
        List<FigureRow> rows = providers.providers().stream().map(f -> row(f, names, locale, CODES_SHOWN)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("none", rows.isEmpty());
        return "pages/providers";
    }

    @GetMapping("/providers/{agb}")
    String provider(@AuthenticationPrincipal SignedInUser user, @PathVariable("agb") String agbText,
            HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadProviderStatements(), "provider " + agbText);
        String agb = agb(agbText);
        List<ProviderFigures> figures = providers.provider(agb);
        if (figures.isEmpty()) {
            throw new NotFound("notfound.provider", agb);
        }
        Locale locale = texts.locale(request);
        ReferenceNames names = providers.names();
        texts.page(model, request, "provider.title", LineNames.provider(agb, names));
        model.addAttribute("rows", figures.stream().map(f -> row(f, names, locale, Integer.MAX_VALUE)).toList());
        List<ProviderDeclaration> declarations = providers.declarations(agb);
        long all = providers.declarationCount(agb);
        model.addAttribute("declarations", declarations.stream().map(d -> declarationRow(d, locale)).toList());
        model.addAttribute("declarationCount", all);
        model.addAttribute("someNotShown", all > declarations.size());
        model.addAttribute("notShown", all - declarations.size());
        return "pages/provider";
    }

    private static String agb(String text) {
        try {
            return AgbCode.of(text).value();
        } catch (RuntimeException e) {
            throw new NotFound("notfound.provider", text);
        }
    }

    private FigureRow row(ProviderFigures f, ReferenceNames names, Locale locale, int codesShown) {
        return new FigureRow(f.agb(), names.provider(f.agb()), "/providers/" + f.agb(),
                f.period() == null ? texts.text(locale, "providers.noPeriod") : f.period(), f.declarations(),
                f.lines(), f.accepted(), f.rejected(), percent(f.rejectionRate(), locale),
                f.codes().stream().limit(codesShown)
                        .map(c -> new CodeCell(c.code(), texts.text(locale, "returncode." + c.code()), c.count()))
                        .toList());
    }

    private DeclarationRow declarationRow(ProviderDeclaration d, Locale locale) {
        return new DeclarationRow(PageTexts.orEmpty(d.declarationNumber()), PageTexts.orEmpty(d.messageId()),
                d.inboxFile(), PageTexts.date(d.declarationDate(), locale),
                d.period() == null ? texts.text(locale, "providers.noPeriod") : d.period(),
                d.answerCodes().stream().map(c -> new CodeCell(c, texts.text(locale, "returncode." + c), 0)).toList(),
                d.lines(), d.accepted(), d.rejected(), d.totalCents() == null ? "" : Amounts.euro(d.totalCents()),
                Amounts.euro(d.awardedTotalCents()));
    }

    private static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }
}
