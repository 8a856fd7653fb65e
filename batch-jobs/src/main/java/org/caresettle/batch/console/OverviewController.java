package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.caresettle.batch.inquiry.PeriodSummary;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.inquiry.VersionSummary;
import org.caresettle.core.value.MunicipalityCode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /}: the periods with their latest version and state; for those who read amounts, each
 * visible municipality's invoice total of the latest period, its trend over that year's months (an
 * echarts chart drawn by static/js/trend-chart.js from a data attribute) and the risk alerts.
 */
@Controller
class OverviewController {

    private final SettlementInquiry inquiry;
    private final PageTexts texts;
    private final JsonMapper json;

    OverviewController(SettlementInquiry inquiry, PageTexts texts, JsonMapper json) {
        this.inquiry = inquiry;
        this.texts = texts;
        this.json = json;
    }

    record PeriodRow(String period, String href, int latestVersion, String status, String createdAt) {
    }

    record TotalRow(String code, String name, String total, String href) {
    }

    record AlertRow(String code, String name, String indicator, String value, String threshold) {
    }

    record Series(String name, List<BigDecimal> values) {
    }

    record Trend(List<String> months, List<Series> series) {
    }

    @GetMapping("/")
    String overview(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadPeriods(), "periods");
        Locale locale = texts.locale(request);
        texts.page(model, request, "overview.title");
        List<PeriodSummary> periods = inquiry.periods();
        model.addAttribute("periods", periods.stream().map(p -> new PeriodRow(p.period().toString(),
                "/periods/" + p.period(), p.latest().number(), p.latest().status(),
                PageTexts.dateTime(p.latest().createdAt(), locale))).toList());
        model.addAttribute("noPeriods", periods.isEmpty());
        if (periods.isEmpty() || !viewer.mayReadRegionTotals()) {
            return "pages/overview";
        }
        PeriodSummary latest = periods.get(periods.size() - 1);
        ReferenceNames names = inquiry.names();
        VersionSummary version = latest.latest();
        SortedMap<String, Long> visible = VisibleTotals.of(viewer, version.invoiceTotals());
        model.addAttribute("amounts", Map.of(
                "period", latest.period().toString(),
                "version", version.number(),
                "regionTotal", Amounts.euro(VisibleTotals.regionTotal(viewer, version.invoiceTotals())),
                "rows", visible.entrySet().stream().map(e -> new TotalRow(e.getKey(), names.municipality(e.getKey()),
                        Amounts.euro(e.getValue()), "/periods/" + latest.period() + "/versions/" + version.number()
                                + "/municipalities/" + e.getKey())).toList(),
                "trendJson", json.writeValueAsString(trend(viewer, periods, latest, names)),
                "alerts", inquiry.alerts(latest.period()).stream()
                        .filter(a -> viewer.mayReadMunicipality(MunicipalityCode.of(a.municipality())))
                        .map(a -> new AlertRow(a.municipality(), names.municipality(a.municipality()), a.indicator(),
                                PageTexts.orEmpty(a.value()), PageTexts.orEmpty(a.threshold()))).toList()));
        return "pages/overview";
    }

    /** The latest version's TOTAL of each visible municipality, per month of the latest period's year. */
    private static Trend trend(Viewer viewer, List<PeriodSummary> periods, PeriodSummary latest, ReferenceNames names) {
        List<PeriodSummary> year = periods.stream().filter(p -> p.period().year() == latest.period().year()).toList();
        List<Series> series = new ArrayList<>();
        VisibleTotals.of(viewer, latest.latest().invoiceTotals()).keySet().forEach(code -> series.add(new Series(
                code + " " + names.municipality(code), year.stream().map(p -> BigDecimal.valueOf(
                        p.latest().invoiceTotals().getOrDefault(code, 0L), 2)).toList())));
        return new Trend(year.stream().map(p -> p.period().toString()).toList(), series);
    }
}
