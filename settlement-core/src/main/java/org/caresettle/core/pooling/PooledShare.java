package org.caresettle.core.pooling;

import org.caresettle.core.value.MunicipalityCode;

/**
 * One municipality's line of a region's pool: what it spent on pooled products, what the key
 * makes it carry, and the adjustment on its invoice that gets it from the one to the other.
 */
public record PooledShare(MunicipalityCode municipality, long pooledCents, long shareCents) {

    /** {@code share(m) − pooled(m)}: positive when the municipality pays into the pool. */
    public long adjustmentCents() {
        return Math.subtractExact(shareCents, pooledCents);
    }
}
