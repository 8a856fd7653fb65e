package org.caresettle.core.reference;

import org.caresettle.core.value.Product;

/**
 * A row of {@code products.csv}. {@code pooled} marks youth care whose cost the region shares
 * by the pooling key; only JW products may be pooled.
 */
public record ProductDefinition(Product product, String description, boolean pooled) {
}
