package org.caresettle.batch.console;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import org.caresettle.batch.inquiry.PeriodSummary;
import org.caresettle.batch.inquiry.ReferenceNames;
import org.caresettle.batch.inquiry.SettlementInquiry;
import org.caresettle.batch.inquiry.VersionSummary;
import org.caresettle.batch.report.BudgetOverview;
import org.caresettle.core.risk.BudgetPosition;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.MunicipalityCode;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /}: the periods with their latest version and state; for those who read amounts, each
 * visible municipality's invoice total of the latest period, its trend over that year's months (an
 * echarts chart drawn by static/js/trend-chart.js from a data attribute) and the risk alerts; and per
 * visible municipality the spend against budget per law for the year so far, with the month the budget
 * runs out at the forecast's rate, as the risk report counts them ({@link BudgetOverview}), a chart of
 * the months (static/js/budget-chart.js) and the pooling adjustment of each month.
 */
@Controller
class OverviewController {

    private final SettlementInquiry inquiry;
    private final PageTexts texts;
    private final JsonMapper json;
    private final YearBudgets budgets;

    OverviewController(SettlementInquiry inquiry, PageTexts texts, JsonMapper json, YearBudgets budgets) {
        this.inquiry = inquiry;
        this.texts = texts;
        this.json = json;
        this.budgets = budgets;
    }

    /** One law of one municipality: spend so far, budget, the share used and when it runs out. */
    record LawRow(String law, String spent, String budget, String share, String runsOut, boolean runsOutThisYear) {
    }

    /** One municipality's budget section; {@code chartJson} feeds budget-chart.js. */
    record BudgetBlock(String code, String name, List<LawRow> laws, String chartJson) {
    }

    /** One municipality's pooling adjustment per month of the year so far, and their sum. */
    record PoolingRow(String code, String name, List<String> amounts, String year) {
    }

    record ChartSeries(String name, String kind, String law, List<BigDecimal> values) {
    }

    record BudgetChart(List<String> months, List<ChartSeries> series) {
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
                "/periods/" + p.period(), p.latest().number(), texts.versionStatus(locale, p.latest().status()),
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
        budgetModel(model, viewer, periods, latest.period(), names, locale);
        return "pages/overview";
    }

    /** The spend against budget and the pooling adjustments of the municipalities the viewer may see. */
    private void budgetModel(Model model, Viewer viewer, List<PeriodSummary> periods, Period period,
            ReferenceNames names, Locale locale) {
        SortedMap<MunicipalityCode, BudgetOverview.MunicipalityBudget> year = budgets.yearSoFar(period, periods);
        List<BudgetBlock> blocks = new ArrayList<>();
        List<PoolingRow> pooling = new ArrayList<>();
        List<String> months = new ArrayList<>();
        for (int m = 1; m <= period.month().getMonthValue(); m++) {
            months.add(Period.of(period.year(), m).toString());
        }
        year.forEach((code, figures) -> {
            if (!viewer.mayReadMunicipality(code)) {
                return;
            }
            String name = names.municipality(code.value());
            blocks.add(new BudgetBlock(code.value(), name,
                    figures.laws().stream().map(l -> lawRow(l, period, locale)).toList(),
                    json.writeValueAsString(chart(figures, months, locale))));
            List<String> amounts = figures.months().stream().map(m -> Amounts.euro(m.poolingAdjustmentCents())).toList();
            long sum = figures.months().stream().mapToLong(BudgetOverview.Month::poolingAdjustmentCents).sum();
            pooling.add(new PoolingRow(code.value(), name, amounts, Amounts.euro(sum)));
        });
        if (blocks.isEmpty()) {
            return;
        }
        model.addAttribute("budget", Map.of(
                "period", period.toString(),
                "year", String.valueOf(period.year()),
                "blocks", blocks,
                "months", months,
                "pooling", pooling));
    }

    private LawRow lawRow(BudgetOverview.LawPosition law, Period period, Locale locale) {
        BudgetPosition position = law.position();
        Long budget = position.budgetCents();
        String share = budget == null || budget <= 0 ? ""
                : String.format(locale, "%.2f %%", BigDecimal.valueOf(position.spentToDateCents())
                        .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(budget), 2, RoundingMode.HALF_UP));
        String runsOut;
        if (law.runsOutInMonth().isPresent()) {
            runsOut = DateTimeFormatter.ofPattern("MMMM yyyy", locale)
                    .format(Period.of(period.year(), law.runsOutInMonth().getAsInt()).month());
        } else {
            runsOut = texts.text(locale, budget == null ? "budget.noBudget" : "budget.notThisYear");
        }
        return new LawRow(texts.text(locale, "law." + position.law().name()), Amounts.euro(position.spentToDateCents()),
                budget == null ? "" : Amounts.euro(budget), share, runsOut, law.runsOutInMonth().isPresent());
    }

    /** Bars of each month's spend per law, lines of the spend to date and of the year's budget. */
    private BudgetChart chart(BudgetOverview.MunicipalityBudget figures, List<String> months, Locale locale) {
        List<ChartSeries> series = new ArrayList<>();
        for (Law law : Law.values()) {
            series.add(new ChartSeries(texts.text(locale, "budget.chart.month", law.name()), "bar", law.name(),
                    figures.months().stream().map(m -> euros(m.spentCents().get(law))).toList()));
        }
        for (Law law : Law.values()) {
            series.add(new ChartSeries(texts.text(locale, "budget.chart.toDate", law.name()), "line", law.name(),
                    figures.months().stream().map(m -> euros(m.spentToDateCents().get(law))).toList()));
        }
        for (BudgetOverview.LawPosition law : figures.laws()) {
            Long budget = law.position().budgetCents();
            if (budget != null) {
                series.add(new ChartSeries(texts.text(locale, "budget.chart.budget", law.position().law().name()),
                        "budget", law.position().law().name(), months.stream().map(m -> euros(budget)).toList()));
            }
        }
        return new BudgetChart(months, series);
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
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
