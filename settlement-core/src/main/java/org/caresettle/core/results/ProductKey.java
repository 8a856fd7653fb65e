package org.caresettle.core.results;

import java.util.Comparator;

/** A provider's product: the provider's AGB code, law, category and code (empty for a category-wide allocation). */
public record ProductKey(String providerAgb, String law, String category, String code) implements Comparable<ProductKey> {

    private static final Comparator<ProductKey> ORDER = Comparator.comparing(ProductKey::providerAgb)
            .thenComparing(ProductKey::law).thenComparing(ProductKey::category).thenComparing(ProductKey::code);

    public ProductKey {
        code = code == null ? "" : code;
    }

    @Override
    public int compareTo(ProductKey other) {
        return ORDER.compare(this, other);
    }
}
