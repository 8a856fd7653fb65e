package org.caresettle.core.risk;

import java.util.Objects;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Product;

/**
 * A provider's cost of one product (with code) in period P and the number of distinct clients it was
 * for: the priced cost of accepted client lines, credits subtracted. The shell gives it twice: for the
 * municipality alone, and region-wide (all municipalities of the region) to find the median.
 */
public record ProviderProductCost(AgbCode provider, Product product, long costCents, long clients) {

    public ProviderProductCost {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(product, "product");
        if (clients < 0) {
            throw new IllegalArgumentException("client count must not be negative: " + clients);
        }
    }
}
