package org.caresettle.core.signals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One of the things a signal's detail names, with its figures; what they mean depends on the signal:
 * <ul>
 * <li>{@link Signal#REJECTION_RATE}, {@link Signal#AT_VOLUME_CAP}: a line reference and how many of P's lines
 * carry it (a reference sent again in another file is one item counted twice);</li>
 * <li>{@link Signal#CREDIT_REDECLARED}: {@code credit→new line} references and how often;</li>
 * <li>{@link Signal#COST_ABOVE_REGION_MEDIAN}: {@code region law/category/code}, the share of the median in
 * basis points, the provider's cost per client and the median, both in cents;</li>
 * <li>{@link Signal#ACHIEVED_SOON}: {@code municipality/allocation} and the days from start to outcome;</li>
 * <li>{@link Signal#CLIENT_MANY_PROVIDERS}: the provider's line references for one client (space-separated)
 * and how many providers declared that client.</li>
 * </ul>
 */
public record SignalItem(String name, List<Long> figures) {

    public SignalItem {
        figures = List.copyOf(figures);
    }

    /** How many figures each item of the signal has. */
    public static int figuresOf(Signal signal) {
        return signal == Signal.COST_ABOVE_REGION_MEDIAN ? 3 : 1;
    }

    /** Equal names become one item with the count of them, in the order they first appear. */
    static List<SignalItem> counted(List<String> names) {
        Map<String, Long> counts = new LinkedHashMap<>();
        names.forEach(name -> counts.merge(name, 1L, Long::sum));
        List<SignalItem> items = new ArrayList<>();
        counts.forEach((name, count) -> items.add(new SignalItem(name, List.of(count))));
        return items;
    }

    /** A counted item in words: {@code KO261000052}, or {@code KO261000052 (2×)} when named more than once. */
    String countedText() {
        return figures.get(0) == 1 ? name : name + " (" + figures.get(0) + "×)";
    }
}
