package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.caresettle.batch.inquiry.PeriodSummary;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.inquiry.VersionSummary;
import org.caresettle.batch.rerun.Reruns;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /periods/{period}}: the period's versions (when, by which run, their files), for those who
 * read amounts each visible municipality's invoice total per version, and the corrections of each
 * version against the one before. Issue 14: for finance the form that asks for a rerun of the period
 * ({@link RerunPages}), the period's rerun requests, and the way to its pooling-key what-ifs. Issue 16:
 * links to the period's results, provider landscape and fraud signals, for those who may read them.
 */
@Controller
class PeriodController {

    private final SettlementInquiry inquiry;
    private final StatementDownload download;
    private final Reruns reruns;
    private final PageTexts texts;

    PeriodController(SettlementInquiry inquiry, StatementDownload download, Reruns reruns, PageTexts texts) {
        this.inquiry = inquiry;
        this.download = download;
        this.reruns = reruns;
        this.texts = texts;
    }

    record FileLink(String name, String href) {
    }

    record VersionRow(int number, String status, String createdAt, String runId, String requestedBy, String reason,
            List<FileLink> files, boolean zip, String zipHref) {
    }

    record TotalRow(String code, String name, String href, List<String> totals) {
    }

    record CorrectionLine(int version, String code, String name, String lineType, String provider, String product,
            String previous, String now, String difference) {
    }

    /** A link to one of the period's issue 16 report pages, for a viewer who may read it. */
    record ReportLink(String id, String name, String href) {
    }

    record RerunLink(long id, String href, String state, String requestedBy, String requestedAt, String reason) {
    }

    @GetMapping("/periods/{period}")
    String period(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadPeriods(), "periods");
        Period period = PathValues.period(periodText);
        PeriodSummary summary = inquiry.period(period).orElseThrow(() -> new NotFound("notfound.period", periodText));
        Locale locale = texts.locale(request);
        texts.page(model, request, "period.title", period.toString());
        model.addAttribute("period", period.toString());
        model.addAttribute("versions", summary.versions().stream().map(v -> versionRow(viewer, period, v, locale)).toList());
        model.addAttribute("mayRequestRerun", viewer.mayRequestReruns());
        model.addAttribute("rerunAction", "/periods/" + period + "/reruns");
        model.addAttribute("mayReadWhatIfs", viewer.mayReadWhatIfs());
        model.addAttribute("whatIfHref", "/periods/" + period + "/whatif");
        model.addAttribute("reportLinks", reportLinks(viewer, period, locale));
        if (viewer.mayReadReruns()) {
            model.addAttribute("reruns", reruns.list().stream().filter(r -> r.period().equals(period.toString()))
                    .map(r -> new RerunLink(r.id(), "/reruns/" + r.id(), texts.text(locale, "rerun.state." + r.state()),
                            r.requestedBy(), PageTexts.dateTime(r.requestedAt(), locale), r.reason()))
                    .toList());
        }
        if (viewer.mayReadRegionTotals()) {
            ReferenceNames names = inquiry.names();
            model.addAttribute("amounts", Map.of(
                    "versionNumbers", summary.versions().stream().map(VersionSummary::number).toList(),
                    "rows", totalRows(viewer, summary, names),
                    "regionTotals", summary.versions().stream()
                            .map(v -> Amounts.euro(VisibleTotals.regionTotal(viewer, v.invoiceTotals()))).toList(),
                    "corrections", corrections(viewer, period, names, locale)));
        }
        return "pages/period";
    }

    private List<ReportLink> reportLinks(Viewer viewer, Period period, Locale locale) {
        List<ReportLink> links = new ArrayList<>();
        String base = "/periods/" + period + "/";
        if (viewer.mayReadResults()) {
            links.add(new ReportLink("results-link", texts.text(locale, "results.link"), base + "results"));
        }
        if (viewer.mayReadRegionResults()) {
            links.add(new ReportLink("landscape-link", texts.text(locale, "landscape.link"), base + "landscape"));
        }
        if (viewer.mayReadSignals()) {
            links.add(new ReportLink("signals-link", texts.text(locale, "signals.link"), base + "signals"));
        }
        return links;
    }

    private VersionRow versionRow(Viewer viewer, Period period, VersionSummary version, Locale locale) {
        String base = "/periods/" + period + "/versions/" + version.number();
        List<FileLink> files = download.published(period, version.number())
                .map(listed -> listed.names().stream().filter(name -> FileAccess.allows(viewer, name))
                        .map(name -> new FileLink(name, base + "/files/" + name)).toList())
                .orElse(List.of());
        boolean zip = viewer.mayDownloadWholeVersion() && download.published(period, version.number()).isPresent();
        return new VersionRow(version.number(), texts.versionStatus(locale, version.status()),
                PageTexts.dateTime(version.createdAt(), locale), PageTexts.orEmpty(version.runId()),
                version.requestedBy(), version.reason(), files, zip,
                zip ? base + "/download.zip" : "");
    }

    private static List<TotalRow> totalRows(Viewer viewer, PeriodSummary summary, ReferenceNames names) {
        TreeSet<String> codes = new TreeSet<>();
        summary.versions().forEach(v -> codes.addAll(VisibleTotals.of(viewer, v.invoiceTotals()).keySet()));
        List<TotalRow> rows = new ArrayList<>();
        for (String code : codes) {
            rows.add(new TotalRow(code, names.municipality(code), "/periods/" + summary.period() + "/versions/"
                    + summary.latest().number() + "/municipalities/" + code,
                    summary.versions().stream().map(v -> v.invoiceTotals().containsKey(code)
                            ? Amounts.euro(v.invoiceTotals().get(code)) : "").toList()));
        }
        return rows;
    }

    private List<CorrectionLine> corrections(Viewer viewer, Period period, ReferenceNames names, Locale locale) {
        return inquiry.corrections(period).stream()
                .filter(c -> viewer.mayReadMunicipality(MunicipalityCode.of(c.municipality())))
                .map(c -> new CorrectionLine(c.version(), c.municipality(), names.municipality(c.municipality()),
                        texts.text(locale, "linetype." + c.lineType()),
                        LineNames.provider(c.provider(), names), LineNames.product(c.law(), c.category(), c.code(), names),
                        Amounts.euro(c.previousCents()), Amounts.euro(c.newCents()), Amounts.euro(c.differenceCents())))
                .toList();
    }
}
