package org.caresettle.core.reference.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Finds validity periods that overlap within a group (one provider, region and product).
 * Sorted by start, each period is compared with the one reaching furthest among those before
 * it, which finds every period that overlaps some earlier one in O(n log n).
 */
final class ArrangementOverlap {

    private ArrangementOverlap() {
    }

    /** A validity period; {@code to == null} is open. Both ends are inclusive. */
    record Span<T>(Object group, LocalDate from, LocalDate to, int lineNumber, T owner) {

        LocalDate end() {
            return to == null ? LocalDate.MAX : to;
        }
    }

    /** Calls {@code report(later, earlier)} for each span that overlaps one starting no later than it. */
    static <T> void find(List<Span<T>> spans, BiConsumer<Span<T>, Span<T>> report) {
        Map<Object, List<Span<T>>> groups = new HashMap<>();
        for (Span<T> span : spans) {
            groups.computeIfAbsent(span.group(), g -> new ArrayList<>()).add(span);
        }
        for (List<Span<T>> group : groups.values()) {
            if (group.size() < 2) {
                continue;
            }
            group.sort(Comparator.comparing((Span<T> s) -> s.from()).thenComparingInt(Span::lineNumber));
            Span<T> reach = group.get(0);
            for (int i = 1; i < group.size(); i++) {
                Span<T> span = group.get(i);
                if (!span.from().isAfter(reach.end())) {
                    report.accept(span, reach);
                }
                if (span.end().isAfter(reach.end())) {
                    reach = span;
                }
            }
        }
    }
}
