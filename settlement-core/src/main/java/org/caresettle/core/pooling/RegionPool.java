package org.caresettle.core.pooling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.caresettle.core.value.MunicipalityCode;

/**
 * The pooling of a region's youth-care costs in one period (SPEC 8): the total T of pooled costs
 * shared by the key. Every municipality of the key gets a line, also one without pooled costs,
 * because it still carries its share. The adjustments move money between municipalities only,
 * so they sum to zero; that is checked here, not trusted.
 */
public record RegionPool(PoolingKey key, long totalCents, List<PooledShare> shares) {

    public RegionPool {
        shares = List.copyOf(shares);
        long shared = 0;
        long adjusted = 0;
        for (PooledShare share : shares) {
            shared = Math.addExact(shared, share.shareCents());
            adjusted = Math.addExact(adjusted, share.adjustmentCents());
        }
        if (shared != totalCents || adjusted != 0) {
            throw new IllegalStateException("pool of region " + key.regionCode() + " does not balance: shares "
                    + shared + " of " + totalCents + ", adjustments " + adjusted);
        }
    }

    /**
     * Pools {@code pooled(m)} (cents, negative when credits outweigh) by the key. A municipality
     * missing from {@code pooled} has spent nothing; one missing from the key is refused.
     */
    public static RegionPool pool(Map<MunicipalityCode, Long> pooled, PoolingKey key) {
        long total = 0;
        for (Map.Entry<MunicipalityCode, Long> entry : new TreeMap<>(pooled).entrySet()) {
            if (!key.covers(entry.getKey())) {
                throw new MissingKeyShareException("municipality " + entry.getKey() + " has pooled costs of "
                        + entry.getValue() + " cents but no share in the pooling key of region "
                        + key.regionCode() + " for " + key.year());
            }
            total = Math.addExact(total, entry.getValue());
        }
        SortedMap<MunicipalityCode, Long> parts = key.split(total);
        List<PooledShare> shares = new ArrayList<>();
        for (Map.Entry<MunicipalityCode, Long> part : parts.entrySet()) {
            shares.add(new PooledShare(part.getKey(), pooled.getOrDefault(part.getKey(), 0L), part.getValue()));
        }
        return new RegionPool(key, total, shares);
    }

    public PooledShare of(MunicipalityCode municipality) {
        for (PooledShare share : shares) {
            if (share.municipality().equals(municipality)) {
                return share;
            }
        }
        throw new IllegalArgumentException("municipality " + municipality + " is not in region " + key.regionCode());
    }
}
