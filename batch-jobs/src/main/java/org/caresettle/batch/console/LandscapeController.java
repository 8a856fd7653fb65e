package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.report.PublishedResults;
import org.caresettle.core.results.LandscapeRow;
import org.caresettle.core.value.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /periods/{period}/landscape} (issue 16 item 2), for finance and the auditor
 * ({@link Viewer#mayReadRegionResults()}): per region and product the providers, the spend this year,
 * the largest provider's share and the three largest', the Herfindahl–Hirschman index and the providers
 * with very small volumes, from the period's published {@code landscape.csv}.
 */
@Controller
class LandscapeController {

    private final PeriodReports reports;
    private final SettlementInquiry inquiry;
    private final PageTexts texts;

    LandscapeController(PeriodReports reports, SettlementInquiry inquiry, PageTexts texts) {
        this.reports = reports;
        this.inquiry = inquiry;
        this.texts = texts;
    }

    record RegionBlock(String region, List<LandscapeLine> rows) {
    }

    record LandscapeLine(String product, int providers, String spend, String largest,
            String largestShare, String largestThreeShare, String hhi, List<String> smallProviders) {
    }

    @GetMapping("/periods/{period}/landscape")
    String landscape(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadRegionResults(), "landscape");
        Period period = reports.settled(periodText);
        Locale locale = texts.locale(request);
        texts.page(model, request, "landscape.title", period.toString());
        model.addAttribute("resultsHref", "/periods/" + period + "/results");
        Optional<List<LandscapeRow>> published = reports.forPage(model, "landscape", PublishedResults::landscape, period);
        if (published.isEmpty()) {
            return "pages/landscape";
        }
        ReferenceNames names = inquiry.names();
        // The file is ordered by region: each region's products in one block.
        Map<String, List<LandscapeLine>> byRegion = new LinkedHashMap<>();
        published.get().forEach(r -> byRegion.computeIfAbsent(r.region(), k -> new ArrayList<>())
                .add(line(r, names, locale)));
        model.addAttribute("regions", byRegion.entrySet().stream().map(e -> new RegionBlock(e.getKey(), e.getValue()))
                .toList());
        model.addAttribute("noRows", byRegion.isEmpty());
        return "pages/landscape";
    }

    private static LandscapeLine line(LandscapeRow r, ReferenceNames names, Locale locale) {
        return new LandscapeLine(LineNames.product(r.law(), r.category(), r.code().isEmpty() ? null : r.code(),
                names), r.providers(), Amounts.euro(r.spendCents()), LineNames.provider(r.largestProvider(), names),
                Shares.basisPoints(r.largestShareBp(), locale), Shares.basisPoints(r.largestThreeShareBp(), locale),
                String.format(locale, "%,d", r.hhi()),
                r.smallProviders().stream().map(agb -> LineNames.provider(agb, names)).toList());
    }
}
