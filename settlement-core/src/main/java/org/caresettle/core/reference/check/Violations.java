package org.caresettle.core.reference.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects the violations of all files; reports them in file load order, then by line. */
final class Violations {

    private final List<Entry> entries = new ArrayList<>();
    private final Map<ReferenceFile, Integer> counts = new EnumMap<>(ReferenceFile.class);

    void add(ReferenceFile file, int lineNumber, String rule, String message) {
        entries.add(new Entry(file, new ReferenceViolation(file.fileName(), lineNumber, rule, message)));
        counts.merge(file, 1, Integer::sum);
    }

    int count(ReferenceFile file) {
        return counts.getOrDefault(file, 0);
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Sorted stably, so the violations of one line keep the order in which they were found. */
    List<ReferenceViolation> sorted() {
        List<Entry> copy = new ArrayList<>(entries);
        copy.sort(Comparator.comparing(Entry::file).thenComparingInt(e -> e.violation().lineNumber()));
        return copy.stream().map(Entry::violation).toList();
    }

    private record Entry(ReferenceFile file, ReferenceViolation violation) {
    }
}
