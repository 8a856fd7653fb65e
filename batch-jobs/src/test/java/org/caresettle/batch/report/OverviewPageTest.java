package org.caresettle.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caresettle.core.risk.AllocationUse;
import org.caresettle.core.risk.BudgetPosition;
import org.caresettle.core.risk.PoolingPosition;
import org.caresettle.core.risk.RiskInput;
import org.caresettle.core.risk.RiskReport;
import org.caresettle.core.risk.RiskThresholds;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;

/** The overview page on its own: escaping, exact amounts, bars and the self-contained rule. */
class OverviewPageTest {

    private static final Period OCTOBER = Period.parse("2026-10");

    @Test
    void escapesEveryTextFromTheData() {
        String page = page("<script>alert('x')</script> & \"Co\"", "R<1>", "9<1");

        assertThat(page).doesNotContain("<script").doesNotContain("R<1>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")
                .contains("R&lt;1&gt;");
    }

    @Test
    void amountsAreExactFromCents() {
        assertThat(EuroText.of(0)).isEqualTo("€ 0.00");
        assertThat(EuroText.of(5)).isEqualTo("€ 0.05");
        assertThat(EuroText.of(-396000)).isEqualTo("-€ 3,960.00");
        assertThat(EuroText.of(123456789012L)).isEqualTo("€ 1,234,567,890.12");
        assertThat(EuroText.of(Long.MIN_VALUE)).isEqualTo("-€ 92,233,720,368,547,758.08");
        assertThat(EuroText.of(100000)).isEqualTo("€ 1,000.00");
    }

    @Test
    void showsFiguresBesideTheBarsAndFlagsTheOverrun() {
        String page = page("Hoorn", "WEST-FRIESLAND", "1");

        assertThat(page).contains("data-invoice-total-cents=\"395651\"").contains("€ 3,956.51")
                .contains("data-pooling-adjustment-cents=\"-1250\"").contains("-€ 12.50")
                // WMO: 120 000.00 of 100 000.00 spent by October is 120 % and an ALERT forecast.
                .contains("120.00%").contains("class=\"burn ALERT\"")
                .contains("data-indicator=\"budget_forecast_WMO\"")
                .contains("data-indicator=\"allocations_nearly_used\"")
                .doesNotContain("data-indicator=\"budget_forecast_JW\"");
        assertThat(page.toLowerCase()).doesNotContain("http").doesNotContain("<script").doesNotContain("src=");
    }

    @Test
    void barsAreWholePixelsAndNeverLongerThanTheirTrack() {
        assertThat(SvgBars.pixels(1, 1_000_000_000L, 180)).isEqualTo(1);
        assertThat(SvgBars.pixels(0, 100, 180)).isZero();
        assertThat(SvgBars.pixels(50, 100, 180)).isEqualTo(90);
        assertThat(SvgBars.pixels(Long.MAX_VALUE, Long.MAX_VALUE, 180)).isEqualTo(180);
        assertThat(SvgBars.burn(Long.MAX_VALUE / 20_000, 1, 7500, 12_500, "burn OK", "x"))
                .contains("class=\"burn OK\" x=\"0\" y=\"2\" width=\"" + SvgBars.WIDTH + "\"");
        assertThat(SvgBars.burn(50, 100, 10_000, 12_500, "burn OK", "x"))
                .contains("class=\"burn OK\" x=\"0\" y=\"2\" width=\"" + SvgBars.WIDTH * 4 / 10 + "\"");
    }

    private static String page(String name, String region, String allocation) {
        MunicipalityCode code = MunicipalityCode.of("0405");
        List<BudgetPosition> budgets = List.of(new BudgetPosition(Law.JW, 1_000_000, 100_000_000L),
                new BudgetPosition(Law.WMO, 12_000_000, 10_000_000L));
        RiskInput input = new RiskInput(code, OCTOBER, budgets, new PoolingPosition(-1250, -1250), List.of(),
                List.of(new AllocationUse(allocation, Frequency.TOTAL, 10, 10, null, 0)), List.of(), List.of(),
                List.of(), List.of());
        RiskReport risk = RiskReport.compute(input, RiskThresholds.DEFAULTS);
        MunicipalityReport municipality = new MunicipalityReport(new ReportQueries.Member(code, name, region), 395651L,
                -1250, budgets, risk);
        return OverviewPage.render(OCTOBER, 2, List.of(new RegionReport(region, List.of(municipality))));
    }
}
