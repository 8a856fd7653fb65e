package org.caresettle.core.results;

import java.util.Comparator;

/**
 * Where a row's figures come from: a whole region ({@code municipality} null) or one municipality of it.
 * Ordered by region, the region's own row first, then its municipalities by code.
 */
public record Scope(String region, String municipality) implements Comparable<Scope> {

    private static final Comparator<Scope> ORDER = Comparator.<Scope, String>comparing(Scope::region)
            .thenComparing(Scope::municipality, Comparator.nullsFirst(Comparator.<String>naturalOrder()));

    public static Scope region(String region) {
        return new Scope(region, null);
    }

    public boolean isRegion() {
        return municipality == null;
    }

    @Override
    public int compareTo(Scope other) {
        return ORDER.compare(this, other);
    }
}
