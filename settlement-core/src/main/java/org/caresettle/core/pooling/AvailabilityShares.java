package org.caresettle.core.pooling;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.caresettle.core.value.MunicipalityCode;

/**
 * One AVAILABILITY arrangement's month amount shared among the region's municipalities by the
 * key (SPEC 7.3 and 8). Shared per arrangement, not summed first, so that every invoice line of
 * an arrangement can be traced back to its own amount and re-adds to it.
 */
public record AvailabilityShares(String arrangementId, long amountCents, SortedMap<MunicipalityCode, Long> parts) {

    public AvailabilityShares {
        parts = Collections.unmodifiableSortedMap(new TreeMap<>(parts));
        long sum = 0;
        for (long part : parts.values()) {
            sum = Math.addExact(sum, part);
        }
        if (sum != amountCents) {
            throw new IllegalStateException("availability of arrangement " + arrangementId + " shares " + sum
                    + " of " + amountCents + " cents");
        }
    }

    public static AvailabilityShares share(String arrangementId, long monthAmountCents, PoolingKey key) {
        return new AvailabilityShares(arrangementId, monthAmountCents, key.split(monthAmountCents));
    }
}
