package org.caresettle.core.risk;

/**
 * A municipality's POOLING_ADJUSTMENT (SPEC 8: share − pooled; positive = paid into the pool for other
 * municipalities' clients) in period P, and summed over the year's periods up to and including P, each
 * period in its latest version. 0 when the region was not pooled.
 */
public record PoolingPosition(long periodAdjustmentCents, long yearToDateAdjustmentCents) {

    public static final PoolingPosition NONE = new PoolingPosition(0, 0);
}
