package org.caresettle.core.math;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Share;

/**
 * Shares a total among municipalities by a pooling key with the largest remainder method of
 * SPEC section 8, so that the parts always add up to the total to the cent.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Splits {@code total} cents by {@code key}, whose shares must sum to exactly one.
     * For T ≥ 0 each municipality gets {@code floor(T × s / 10^6)}; the cents left over go one
     * each to the largest remainders {@code (T × s) mod 10^6}, ties by municipality code
     * ascending. A negative total is split as its absolute value and negated.
     */
    public static SortedMap<MunicipalityCode, Long> split(long total, Map<MunicipalityCode, Share> key) {
        long sum = 0;
        for (Share share : key.values()) {
            sum += share.millionths();
        }
        if (sum != Share.ONE) {
            throw new IllegalArgumentException("pooling key shares sum to " + sum + " millionths, not 1");
        }
        if (total < 0) {
            SortedMap<MunicipalityCode, Long> positive = split(Math.negateExact(total), key);
            positive.replaceAll((code, cents) -> -cents);
            return positive;
        }
        SortedMap<MunicipalityCode, Long> parts = new TreeMap<>();
        List<Remainder> remainders = new ArrayList<>();
        long distributed = 0;
        for (Map.Entry<MunicipalityCode, Share> entry : new TreeMap<>(key).entrySet()) {
            long product = Math.multiplyExact(total, (long) entry.getValue().millionths());
            long base = product / Share.ONE;
            parts.put(entry.getKey(), base);
            distributed += base;
            remainders.add(new Remainder(entry.getKey(), product % Share.ONE));
        }
        remainders.sort(Comparator.comparingLong(Remainder::value).reversed()
                .thenComparing(Remainder::municipality));
        long left = total - distributed;
        for (int i = 0; i < left; i++) {
            MunicipalityCode code = remainders.get(i).municipality();
            parts.put(code, parts.get(code) + 1);
        }
        return parts;
    }

    private record Remainder(MunicipalityCode municipality, long value) {
    }
}
