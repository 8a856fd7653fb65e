package org.caresettle.core.risk;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.caresettle.core.value.Law;

/**
 * One row of {@code risk_<municipality>.csv}. {@code value}, {@code threshold} and {@code detail}
 * are the text as printed (an empty value when there is nothing to measure, e.g. no budget); the
 * shell only adds CSV quoting. {@code law} is set for the per-law indicators only.
 */
public record RiskRow(RiskIndicator indicator, Law law, String value, String threshold, RiskLevel level,
        String detail) {

    /** The fixed order of the report: indicator as declared, then law (JW before WMO). */
    public static final Comparator<RiskRow> REPORT_ORDER = Comparator.comparing(RiskRow::indicator)
            .thenComparing(RiskRow::law, Comparator.nullsFirst(Comparator.<Law>naturalOrder()));

    public static final List<String> HEADER = List.of("indicator", "value", "threshold", "level", "detail");

    public RiskRow {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(level, "level");
        indicator.columnName(law);
        value = value == null ? "" : value;
        threshold = threshold == null ? "" : threshold;
        detail = detail == null ? "" : detail;
    }

    public String indicatorName() {
        return indicator.columnName(law);
    }

    /** The cells in {@link #HEADER} order. */
    public List<String> cells() {
        return List.of(indicatorName(), value, threshold, level.name(), detail);
    }
}
