package org.caresettle.batch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caresettle.core.risk.BudgetPosition;
import org.caresettle.core.risk.Ratio;
import org.caresettle.core.risk.RiskFormat;
import org.caresettle.core.risk.RiskIndicator;
import org.caresettle.core.risk.RiskLevel;
import org.caresettle.core.risk.RiskRow;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Period;

/**
 * {@code reports/<P>/overview.html}: one page a finance officer can open from a file share or mail on,
 * so it is self-contained (inline CSS and inline SVG, no script, no font, image or link to anything
 * outside it). A section per region; per municipality the invoice total of P, the pooling adjustment,
 * and the budget burn per law, each as a small bar with its figure beside it, then the ALERT and WATCH
 * indicators. Each figure cell carries its exact cents in a {@code data-} attribute, so a test (or a
 * script someone writes against the page) checks numbers without parsing formatted text. No timestamp:
 * equal reports give equal bytes.
 */
final class OverviewPage {

    /** The budget bar's track runs to 125 % of the budget, so an overrun shows past the budget line. */
    private static final long BURN_SCALE_BP = 12_500;

    private final Period period;
    private final int version;
    private final StringBuilder html = new StringBuilder(32_768);

    private OverviewPage(Period period, int version) {
        this.period = period;
        this.version = version;
    }

    static String render(Period period, int version, List<RegionReport> regions) {
        return new OverviewPage(period, version).page(regions);
    }

    private String page(List<RegionReport> regions) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Settlement overview ").append(period).append("</title>\n<style>\n")
                .append(OverviewStyle.CSS).append("</style>\n</head>\n<body>\n<header>\n")
                .append("<h1>Settlement overview <span class=\"period\">").append(period).append("</span></h1>\n")
                .append("<p class=\"sub\">Invoices of statements version v").append(version)
                .append(" · budget burn is the spend of ").append(period.year()).append("-01 to ").append(period)
                .append(" against the year's budget · pooling: + paid into the pool, − received</p>\n")
                .append(legend()).append("</header>\n<main>\n");
        if (regions.isEmpty()) {
            html.append("<p class=\"empty\">No municipality has an invoice in ").append(period).append(".</p>\n");
        }
        for (RegionReport region : regions) {
            region(region);
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String legend() {
        return "<p class=\"legend\"><span class=\"key\"><i class=\"sw invoice\"></i>invoice total</span>"
                + "<span class=\"key\"><i class=\"sw pay\"></i>paid into pool</span>"
                + "<span class=\"key\"><i class=\"sw receive\"></i>received from pool</span>"
                + "<span class=\"key\"><i class=\"line solid\"></i>budget</span>"
                + "<span class=\"key\"><i class=\"line dashed\"></i>even pace to date</span></p>\n";
    }

    private void region(RegionReport region) {
        List<MunicipalityReport> members = region.municipalities();
        long maxInvoice = 0;
        long maxAdjustment = 0;
        long invoiced = 0;
        int alerts = 0;
        int watches = 0;
        for (MunicipalityReport m : members) {
            long total = m.invoiceTotalCents() == null ? 0 : m.invoiceTotalCents();
            maxInvoice = Math.max(maxInvoice, Math.abs(total));
            maxAdjustment = Math.max(maxAdjustment, Math.abs(m.periodAdjustmentCents()));
            invoiced = Math.addExact(invoiced, total);
            alerts += count(m, RiskLevel.ALERT);
            watches += count(m, RiskLevel.WATCH);
        }
        String code = Html.escape(region.regionCode());
        html.append("<section class=\"region\" data-region=\"").append(code).append("\">\n")
                .append("<h2>").append(code.isEmpty() ? "Without region" : code).append("</h2>\n")
                .append("<p class=\"facts\">").append(members.size()).append(members.size() == 1 ? " municipality" : " municipalities")
                .append(" · invoiced <strong>").append(Html.escape(EuroText.of(invoiced))).append("</strong>")
                .append(" · <span class=\"chip ALERT\">").append(alerts).append(" ALERT</span>")
                .append(" <span class=\"chip WATCH\">").append(watches).append(" WATCH</span></p>\n")
                .append("<div class=\"scroll\"><table>\n<thead><tr><th>Municipality</th><th>Invoice total ").append(period)
                .append("</th><th>Pooling adjustment</th><th>Budget burn JW</th><th>Budget burn WMO</th></tr></thead>\n<tbody>\n");
        for (MunicipalityReport m : members) {
            row(m, maxInvoice, maxAdjustment);
        }
        html.append("</tbody>\n</table></div>\n<div class=\"cards\">\n");
        for (MunicipalityReport m : members) {
            indicators(m);
        }
        html.append("</div>\n</section>\n");
    }

    private void row(MunicipalityReport m, long maxInvoice, long maxAdjustment) {
        String code = Html.escape(m.member().code().value());
        String name = Html.escape(m.member().name());
        html.append("<tr data-municipality=\"").append(code).append("\">")
                .append("<th scope=\"row\">").append(name).append(" <span class=\"code\">").append(code).append("</span></th>");
        Long total = m.invoiceTotalCents();
        if (total == null) {
            html.append("<td class=\"fig\" data-invoice-total-cents=\"\"><span class=\"none\">no invoice</span></td>");
        } else {
            html.append("<td class=\"fig\" data-invoice-total-cents=\"").append(total).append("\">")
                    .append(SvgBars.bar(total, maxInvoice, total < 0 ? "receive" : "invoice", "invoice total " + EuroText.of(total)))
                    .append("<span class=\"num\">").append(Html.escape(EuroText.of(total))).append("</span></td>");
        }
        long adjustment = m.periodAdjustmentCents();
        html.append("<td class=\"fig\" data-pooling-adjustment-cents=\"").append(adjustment).append("\">")
                .append(SvgBars.diverging(adjustment, maxAdjustment, "pay", "receive",
                        "pooling adjustment " + EuroText.of(adjustment)))
                .append("<span class=\"num\">").append(adjustment > 0 ? "+" : "")
                .append(Html.escape(EuroText.of(adjustment))).append("</span></td>");
        for (Law law : Law.values()) {
            burn(m, law);
        }
        html.append("</tr>\n");
    }

    private void burn(MunicipalityReport m, Law law) {
        BudgetPosition position = m.budgets().stream().filter(b -> b.law() == law).findFirst()
                .orElse(new BudgetPosition(law, 0, null));
        long spent = position.spentToDateCents();
        html.append("<td class=\"fig\" data-law=\"").append(law).append("\" data-spent-cents=\"").append(spent)
                .append("\" data-budget-cents=\"").append(position.budgetCents() == null ? "" : position.budgetCents())
                .append("\">");
        Long budget = position.budgetCents();
        String spentText = Html.escape(EuroText.of(spent));
        if (budget == null || budget <= 0) {
            html.append("<span class=\"num\">").append(spentText).append("</span> <span class=\"none\">")
                    .append(budget == null ? "no budget" : "budget 0").append("</span></td>");
            return;
        }
        String level = forecastLevel(m, law).name();
        String share = RiskFormat.percent(Ratio.of(spent, budget));
        long expectedBp = period.month().getMonthValue() * 10_000L / 12;
        html.append("<div class=\"line1\">").append(SvgBars.burn(spent, budget, expectedBp, BURN_SCALE_BP,
                        "burn " + level, law + " spent " + share + " of budget"))
                .append("<span class=\"num\">").append(share).append("</span></div>")
                .append("<span class=\"small\">").append(spentText).append(" of ")
                .append(Html.escape(EuroText.of(budget))).append("</span></td>");
    }

    private void indicators(MunicipalityReport m) {
        List<RiskRow> flagged = new ArrayList<>(m.risk().rows().stream().filter(r -> r.level() != RiskLevel.OK).toList());
        // ALERT before WATCH; within a level the report's own order (a stable sort keeps it).
        flagged.sort(Comparator.comparing(RiskRow::level).reversed());
        String code = Html.escape(m.member().code().value());
        html.append("<article class=\"card ").append(m.risk().worstLevel().name()).append("\" data-municipality=\"")
                .append(code).append("\">\n<h3>").append(Html.escape(m.member().name())).append(" <span class=\"code\">")
                .append(code).append("</span> <span class=\"chip ").append(m.risk().worstLevel().name()).append("\">")
                .append(m.risk().worstLevel().name()).append("</span></h3>\n");
        if (flagged.isEmpty()) {
            html.append("<p class=\"none\">All indicators OK.</p>\n");
        } else {
            html.append("<ul>\n");
            for (RiskRow row : flagged) {
                html.append("<li class=\"").append(row.level().name()).append("\" data-indicator=\"")
                        .append(Html.escape(row.indicatorName())).append("\"><span class=\"chip ")
                        .append(row.level().name()).append("\">").append(row.level().name()).append("</span> <b>")
                        .append(Html.escape(row.indicatorName())).append("</b>");
                if (!row.value().isEmpty()) {
                    html.append(" <span class=\"val\">").append(Html.escape(row.value())).append("</span>");
                }
                html.append("<div class=\"detail\">").append(Html.escape(row.detail()))
                        .append(" <span class=\"thr\">(threshold ").append(Html.escape(row.threshold())).append(")</span></div></li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</article>\n");
    }

    private static RiskLevel forecastLevel(MunicipalityReport m, Law law) {
        return m.risk().rows().stream()
                .filter(r -> r.indicator() == RiskIndicator.BUDGET_FORECAST && r.law() == law)
                .map(RiskRow::level).findFirst().orElse(RiskLevel.OK);
    }

    private static int count(MunicipalityReport m, RiskLevel level) {
        return (int) m.risk().rows().stream().filter(r -> r.level() == level).count();
    }
}
