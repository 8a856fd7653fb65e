package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.report.PublishedResults;
import org.caresettle.batch.report.SvgBars;
import org.caresettle.core.results.ProductKey;
import org.caresettle.core.results.QuarterRow;
import org.caresettle.core.results.ResultRow;
import org.caresettle.core.results.ResultsReport;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /periods/{period}/results} (issue 16 item 1): what result-financed care achieved this year per
 * provider and product, and the cost per trajectory of every product by quarter against the same months a
 * year before, drawn as bars beside the figures. The figures are the period's published {@code results.csv}
 * and {@code results_quarters.csv} ({@link PublishedResults}), for one scope at a time
 * ({@link ResultsScope}): a region's own rows for finance and the auditor, a municipality's own rows for its
 * users as well.
 */
@Controller
class ResultsController {

    private final PeriodReports reports;
    private final SettlementInquiry inquiry;
    private final PageTexts texts;

    ResultsController(PeriodReports reports, SettlementInquiry inquiry, PageTexts texts) {
        this.reports = reports;
        this.inquiry = inquiry;
        this.texts = texts;
    }

    record ScopeOption(String value, String label, boolean selected) {
    }

    record ResultLine(String provider, String product, int ended, int achieved, int partial, int notAchieved,
            int noOutcome, String rate, String released, String paid, String stillWithheld,
            String costPerAchieved) {
    }

    record QuarterLine(String quarter, String months, int trajectories, String paid, String cost,
            String monthsBefore, int trajectoriesBefore, String costBefore, String change, String chart) {
    }

    record QuarterGroup(String provider, String product, String financing, List<QuarterLine> quarters) {
    }

    @GetMapping("/periods/{period}/results")
    String results(@AuthenticationPrincipal SignedInUser user, @PathVariable("period") String periodText,
            @RequestParam(name = "scope", required = false) String asked, HttpServletRequest request, Model model) {
        Viewer viewer = Viewers.of(user);
        Forbidden.unless(viewer.mayReadResults(), "results");
        Optional<ResultsScope> askedScope = Optional.ofNullable(asked).filter(s -> !s.isBlank())
                .map(s -> ResultsScope.asked(viewer, s.strip()));
        Period period = reports.settled(periodText);
        Locale locale = texts.locale(request);
        texts.page(model, request, "results.title", period.toString());
        model.addAttribute("period", period.toString());
        model.addAttribute("formAction", "/periods/" + period + "/results");
        Optional<ResultsReport.Results> published = reports.forPage(model, "results", PublishedResults::results,
                period);
        if (published.isEmpty()) {
            return "pages/results";
        }
        ResultsReport.Results results = published.get();
        ReferenceNames names = inquiry.names();
        List<ResultsScope> scopes = scopes(viewer, results);
        Optional<ResultsScope> shown = askedScope.or(() -> scopes.stream().findFirst());
        model.addAttribute("scopes", scopes.stream().map(s -> new ScopeOption(s.value(), label(s, names, locale),
                shown.map(s::equals).orElse(false))).toList());
        if (shown.isEmpty()) {
            model.addAttribute("noRows", true);
            return "pages/results";
        }
        ResultsScope scope = shown.get();
        model.addAttribute("scopeLabel", label(scope, names, locale));
        List<ResultLine> rows = results.results().stream().filter(r -> scope.covers(r.scope()))
                .map(r -> resultLine(r, names, locale)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("noResults", rows.isEmpty());
        List<QuarterGroup> quarters = quarterGroups(results.quarters().stream().filter(q -> scope.covers(q.scope())),
                period, names, locale);
        model.addAttribute("quarterGroups", quarters);
        model.addAttribute("noQuarters", quarters.isEmpty());
        model.addAttribute("mayReadSignals", viewer.mayReadSignals());
        model.addAttribute("signalsHref", "/periods/" + period + "/signals");
        model.addAttribute("mayReadLandscape", viewer.mayReadRegionResults());
        model.addAttribute("landscapeHref", "/periods/" + period + "/landscape");
        return "pages/results";
    }

    /** The scopes the viewer may choose: regions first, then municipalities, each by code. */
    private static List<ResultsScope> scopes(Viewer viewer, ResultsReport.Results results) {
        TreeSet<String> regions = new TreeSet<>();
        TreeSet<String> municipalities = new TreeSet<>();
        Stream.concat(results.results().stream().map(ResultRow::scope), results.quarters().stream().map(QuarterRow::scope))
                .forEach(scope -> (scope.isRegion() ? regions : municipalities)
                        .add(scope.isRegion() ? scope.region() : scope.municipality()));
        List<ResultsScope> scopes = new ArrayList<>();
        if (viewer.mayReadRegionResults()) {
            regions.forEach(region -> scopes.add(new ResultsScope(region, null)));
        }
        // A municipality user's own municipalities even without rows: the page then says there are none.
        viewer.user().municipalities().forEach(code -> municipalities.add(code.value()));
        municipalities.stream().filter(code -> viewer.mayReadMunicipality(MunicipalityCode.of(code)))
                .forEach(code -> scopes.add(new ResultsScope(null, code)));
        return scopes;
    }

    private String label(ResultsScope scope, ReferenceNames names, Locale locale) {
        return scope.isRegion() ? texts.text(locale, "results.scope.region", scope.region())
                : LineNames.municipality(scope.municipality(), names);
    }

    private ResultLine resultLine(ResultRow r, ReferenceNames names, Locale locale) {
        ProductKey p = r.product();
        String rate = r.ended() == 0 ? ""
                : texts.text(locale, "results.rate", r.achieved(), r.ended(),
                        Shares.percent(r.achieved(), r.ended(), locale));
        return new ResultLine(LineNames.provider(p.providerAgb(), names), product(p, names), r.ended(), r.achieved(),
                r.partial(), r.notAchieved(), r.noOutcome(), rate, Amounts.euro(r.releasedCents()),
                Amounts.euro(r.paidCents()), Amounts.euro(r.stillWithheldCents()), euro(r.costPerAchievedCents()));
    }

    /** The quarters of each provider's product in file order; each product's bars share one scale. */
    private List<QuarterGroup> quarterGroups(Stream<QuarterRow> rows, Period period, ReferenceNames names,
            Locale locale) {
        Map<ProductKey, List<QuarterRow>> byProduct = new LinkedHashMap<>();
        rows.forEach(q -> byProduct.computeIfAbsent(q.product(), k -> new ArrayList<>()).add(q));
        List<QuarterGroup> groups = new ArrayList<>();
        byProduct.forEach((product, quarters) -> {
            long max = quarters.stream().flatMap(q -> Stream.of(q.costPerTrajectoryCents(),
                    q.costPerTrajectoryYearBeforeCents())).filter(c -> c != null).mapToLong(Long::longValue).max()
                    .orElse(0);
            groups.add(new QuarterGroup(LineNames.provider(product.providerAgb(), names), product(product, names),
                    texts.text(locale, "financing." + quarters.get(0).financing()),
                    quarters.stream().map(q -> quarterLine(q, period, max, locale)).toList()));
        });
        return groups;
    }

    private QuarterLine quarterLine(QuarterRow q, Period period, long max, Locale locale) {
        String quarter = period.year() + "-Q" + q.quarter();
        String cost = euro(q.costPerTrajectoryCents());
        String costBefore = euro(q.costPerTrajectoryYearBeforeCents());
        String none = texts.text(locale, "results.chart.none");
        String chart = SvgBars.bar(orZero(q.costPerTrajectoryCents()), max, "this-year",
                texts.text(locale, "results.chart.thisYear", quarter, cost.isEmpty() ? none : cost))
                + SvgBars.bar(orZero(q.costPerTrajectoryYearBeforeCents()), max, "year-before",
                        texts.text(locale, "results.chart.yearBefore", costBefore.isEmpty() ? none : costBefore));
        return new QuarterLine(quarter, months(q.from(), q.to(), locale), q.trajectories(), Amounts.euro(q.paidCents()),
                cost, months(yearBefore(q.from()), yearBefore(q.to()), locale), q.trajectoriesYearBefore(), costBefore,
                q.changeCents() == null ? "" : Amounts.signedEuro(q.changeCents()), chart);
    }

    private String months(Period from, Period to, Locale locale) {
        return from.equals(to) ? from.toString() : texts.text(locale, "results.months", from.toString(), to.toString());
    }

    private static Period yearBefore(Period period) {
        return Period.of(period.year() - 1, period.month().getMonthValue());
    }

    private static String product(ProductKey p, ReferenceNames names) {
        return LineNames.product(p.law(), p.category(), p.code().isEmpty() ? null : p.code(), names);
    }

    private static String euro(Long cents) {
        return cents == null ? "" : Amounts.euro(cents);
    }

    private static long orZero(Long cents) {
        return cents == null ? 0 : cents;
    }
}
