package org.caresettle.core.signals;

import java.util.List;
import org.caresettle.core.risk.RiskFormat;
import org.caresettle.core.risk.RiskLevel;

/**
 * A row of {@code signals.csv}: one signal of one provider. {@code value}, {@code threshold} and
 * {@code detail} are the figure, thresholds and lines in English words for a spreadsheet's reader; the
 * same as numbers and codes in {@code measure}, {@code limits}, {@code notRated} (null when rated) and
 * {@code items} (at most {@link RiskFormat#DETAIL_LIST_LIMIT}, as the detail lists them, and how many more
 * there are), from which a page writes them in its reader's language.
 */
public record SignalRow(String providerAgb, Signal signal, String value, String threshold, RiskLevel level,
        String detail, SignalMeasure measure, SignalLimits limits, NotRated notRated, List<SignalItem> items,
        long itemsNotListed) {

    public SignalRow {
        items = List.copyOf(items);
    }

    /** A row with all its items, of which the first {@link RiskFormat#DETAIL_LIST_LIMIT} are kept. */
    SignalRow(String providerAgb, Signal signal, String value, String threshold, RiskLevel level, String detail,
            SignalMeasure measure, SignalLimits limits, NotRated notRated, List<SignalItem> allItems) {
        this(providerAgb, signal, value, threshold, level, detail, measure, limits, notRated,
                allItems.subList(0, Math.min(allItems.size(), RiskFormat.DETAIL_LIST_LIMIT)),
                Math.max(0, allItems.size() - RiskFormat.DETAIL_LIST_LIMIT));
    }
}
