package org.caresettle.core.risk;

import java.util.List;
import org.caresettle.core.value.Period;

/**
 * SPEC 11 pooling exposure: the pooling adjustment of P and of the year to date, each annualised and
 * measured against the municipality's JW budget of the year. The budget rather than the municipality's
 * own pooled cost, because a small municipality with no pooled clients of its own pays its whole share
 * (a ratio to 0) and because what a finance office must defend is the budget. Annualised (× 12 for a
 * month, × 12 / months for the year to date) so that one band serves both rows and January is not
 * judged against a whole year's budget. Only money paid in is a risk: a negative adjustment (money
 * received from the pool) is OK.
 *
 * <p>The value is the adjustment in euros; the detail gives the annualised share of the budget that the
 * level is decided on. Without a JW budget (or with 0), paying in is WATCH, since it cannot be weighed.
 */
public final class PoolingExposure {

    private PoolingExposure() {
    }

    public static List<RiskRow> rows(PoolingPosition position, Long jwBudgetCents, Period period, Band band) {
        int months = period.month().getMonthValue();
        return List.of(
                row(RiskIndicator.POOLING_ADJUSTMENT_PERIOD, position.periodAdjustmentCents(), 1,
                        "adjustment " + period, jwBudgetCents, period, band),
                row(RiskIndicator.POOLING_ADJUSTMENT_YEAR, position.yearToDateAdjustmentCents(), months,
                        "adjustments " + period.year() + "-01 to " + period, jwBudgetCents, period, band));
    }

    private static RiskRow row(RiskIndicator indicator, long adjustment, int months, String what, Long budget,
            Period period, Band band) {
        RiskThreshold threshold = new RiskThreshold(band, RiskUnit.PERCENT, "of JW budget per year (annualised)");
        RiskFigure value = RiskFigure.euros(adjustment);
        String direction = adjustment > 0 ? " paid into the pool" : adjustment < 0 ? " received from the pool" : "";
        if (budget == null || budget <= 0) {
            RiskLevel level = adjustment > 0 ? RiskLevel.WATCH : RiskLevel.OK;
            return new RiskRow(indicator, null, value, threshold, level,
                    what + direction + "; no JW budget for " + period.year());
        }
        Ratio annualised = Ratio.of(Math.multiplyExact(adjustment, 12L), Math.multiplyExact(budget, (long) months));
        return new RiskRow(indicator, null, value, threshold, band.level(annualised),
                what + direction + "; annualised " + RiskFormat.percent(annualised) + " of JW budget "
                        + RiskFormat.euros(budget));
    }
}
