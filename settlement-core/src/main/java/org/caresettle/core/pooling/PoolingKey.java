package org.caresettle.core.pooling;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.caresettle.core.math.LargestRemainder;
import org.caresettle.core.reference.PoolingKeyShare;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Share;

/**
 * A region's pooling key (verdeelsleutel) for one year: every municipality's share, summing to
 * exactly one. The region and year travel with it so that an error can name them.
 */
public record PoolingKey(String regionCode, int year, SortedMap<MunicipalityCode, Share> shares) {

    public PoolingKey {
        if (shares == null || shares.isEmpty()) {
            throw new IllegalArgumentException("pooling key of region " + regionCode + " " + year + " has no shares");
        }
        shares = Collections.unmodifiableSortedMap(new TreeMap<>(shares));
        long sum = 0;
        for (Share share : shares.values()) {
            sum += share.millionths();
        }
        if (sum != Share.ONE) {
            throw new IllegalArgumentException("pooling key of region " + regionCode + " " + year
                    + " sums to " + sum + " millionths, not 1");
        }
    }

    public static PoolingKey of(String regionCode, int year, Map<MunicipalityCode, Share> shares) {
        return new PoolingKey(regionCode, year, new TreeMap<>(shares));
    }

    /**
     * The key of a region and year among the rows of {@code pooling_keys.csv}, or empty when
     * there is none; the caller decides whether that stops the run (SPEC 8: exit status 2).
     */
    public static Optional<PoolingKey> find(List<PoolingKeyShare> rows, String regionCode, int year) {
        SortedMap<MunicipalityCode, Share> shares = new TreeMap<>();
        for (PoolingKeyShare row : rows) {
            if (row.regionCode().equals(regionCode) && row.year() == year
                    && shares.put(row.municipality(), row.share()) != null) {
                throw new IllegalArgumentException("pooling key of region " + regionCode + " " + year
                        + " has two shares for municipality " + row.municipality());
            }
        }
        return shares.isEmpty() ? Optional.empty() : Optional.of(new PoolingKey(regionCode, year, shares));
    }

    public boolean covers(MunicipalityCode municipality) {
        return shares.containsKey(municipality);
    }

    /** Shares a total by the largest remainder method (SPEC 8); the parts add up to it exactly. */
    public SortedMap<MunicipalityCode, Long> split(long totalCents) {
        return Collections.unmodifiableSortedMap(LargestRemainder.split(totalCents, shares));
    }

    @Override
    public String toString() {
        return "PoolingKey[" + regionCode + " " + year + " " + shares + "]";
    }
}
