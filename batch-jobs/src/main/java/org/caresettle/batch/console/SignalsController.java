package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.report.PublishedResults;
import org.caresettle.core.risk.RiskLevel;
import org.caresettle.core.signals.SignalRow;
import org.caresettle.core.value.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /periods/{period}/signals} (issue 16 item 3), for finance and the auditor only
 * ({@link Viewer#mayReadSignals()}): per provider the six signals of the period's published
 * {@code signals.csv}, with value, threshold, level and the lines behind them by the provider's own
 * reference, written in the reader's language from the file's numbers ({@link SignalTexts}). The
 * providers with an ALERT come first, then those with a WATCH; within a provider its ALERTs first,
 * otherwise the file's order of the signals.
 */
@Controller
class SignalsController {

    private static final Comparator<RiskLevel> WORST_FIRST = Comparator.<RiskLevel>naturalOrder().reversed();

    private final PeriodReports reports;
    private final SettlementInquiry inquiry;
    private final PageTexts texts;
    private final SignalTexts signalTexts;

    SignalsController(PeriodReports reports, SettlementInquiry inquiry, PageTexts texts, SignalTexts signalTexts) {
        this.reports = reports;
        this.inquiry = inquiry;
        this.texts = texts;
        this.signalTexts = signalTexts;
    }

    record SignalLine(String code, String name, String value, String threshold, String level, String levelLabel,
            String detail) {
    }

    record ProviderBlock(String agb, String provider, String href, String level, String levelLabel,
            List<SignalLine> signals) {
    }

    @GetMapping("/periods/{period}/signals")
    String signals(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadSignals(), "signals");
        Period period = reports.settled(periodText);
        Locale locale = texts.locale(request);
        texts.page(model, request, "signals.title", period.toString());
        model.addAttribute("resultsHref", "/periods/" + period + "/results");
        Optional<List<SignalRow>> published = reports.forPage(model, "signals", PublishedResults::signals, period);
        if (published.isEmpty()) {
            return "pages/signals";
        }
        ReferenceNames names = inquiry.names();
        List<ProviderBlock> blocks = blocks(published.get(), names, locale);
        model.addAttribute("providers", blocks);
        model.addAttribute("noProviders", blocks.isEmpty());
        model.addAttribute("alerts", blocks.stream().filter(b -> b.level().equals(RiskLevel.ALERT.name())).count());
        model.addAttribute("watches", blocks.stream().filter(b -> b.level().equals(RiskLevel.WATCH.name())).count());
        return "pages/signals";
    }

    private List<ProviderBlock> blocks(List<SignalRow> rows, ReferenceNames names, Locale locale) {
        Map<String, List<SignalRow>> byProvider = new LinkedHashMap<>();
        rows.forEach(row -> byProvider.computeIfAbsent(row.providerAgb(), agb -> new ArrayList<>()).add(row));
        List<ProviderBlock> blocks = new ArrayList<>();
        byProvider.forEach((agb, signals) -> {
            RiskLevel worst = signals.stream().map(SignalRow::level).reduce(RiskLevel.OK, RiskLevel::worst);
            // A stable sort: signals of the same level keep the file's order.
            List<SignalLine> lines = signals.stream().sorted(Comparator.comparing(SignalRow::level, WORST_FIRST))
                    .map(s -> new SignalLine(s.signal().name(), texts.text(locale, "signal." + s.signal().name()),
                            signalTexts.value(s, locale), signalTexts.threshold(s, locale), s.level().name(),
                            levelLabel(s.level(), locale), signalTexts.detail(s, locale)))
                    .toList();
            blocks.add(new ProviderBlock(agb, LineNames.provider(agb, names), "/providers/" + agb, worst.name(),
                    levelLabel(worst, locale), lines));
        });
        // Stable as well: providers of the same level stay in the file's order (by code).
        blocks.sort(Comparator.comparing(b -> RiskLevel.valueOf(b.level()), WORST_FIRST));
        return blocks;
    }

    private String levelLabel(RiskLevel level, Locale locale) {
        return texts.text(locale, "signals.level." + level.name());
    }
}
