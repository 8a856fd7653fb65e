package org.caresettle.core.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.caresettle.core.value.Law;

/**
 * One row of {@code risk_<municipality>.csv}: the indicator's value as a number with its unit, its
 * thresholds as numbers with theirs, the level and the detail in words (issue 15: columns that can be
 * filtered and summed; before, one {@code value} column mixed {@code 26.46%}, euros and counts). The
 * shell only adds CSV quoting and the columns that say whose report of which version it is.
 * {@code law} is set for the per-law indicators only.
 */
public record RiskRow(RiskIndicator indicator, Law law, RiskFigure figure, RiskThreshold limits, RiskLevel level,
        String detail) {

    /** The fixed order of the report: indicator as declared, then law (JW before WMO). */
    public static final Comparator<RiskRow> REPORT_ORDER = Comparator.comparing(RiskRow::indicator)
            .thenComparing(RiskRow::law, Comparator.nullsFirst(Comparator.<Law>naturalOrder()));

    public static final List<String> HEADER = List.of("indicator", "value", "unit", "watch_from", "alert_above",
            "threshold_unit", "level", "threshold", "detail");

    public RiskRow {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(figure, "figure");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(level, "level");
        indicator.columnName(law);
        detail = detail == null ? "" : detail;
    }

    public String indicatorName() {
        return indicator.columnName(law);
    }

    /** The value as people read it ({@code 96.20%}); empty when there is nothing to measure. */
    public String value() {
        return figure.text();
    }

    /** The thresholds in words ({@code WATCH from 95.00%, ALERT above 105.00%}). */
    public String threshold() {
        return limits.text();
    }

    /** The cells in {@link #HEADER} order: numbers plain, with a point, as the other CSV files write them. */
    public List<String> cells() {
        return List.of(indicatorName(), figure.number(), figure.unit().column(), limits.watchFrom(),
                limits.alertAbove(), limits.unit().column(), level.name(), limits.text(), detail);
    }
}
