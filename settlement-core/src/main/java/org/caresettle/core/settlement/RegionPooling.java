package org.caresettle.core.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.caresettle.core.pooling.AvailabilityShares;
import org.caresettle.core.pooling.MissingKeyShareException;
import org.caresettle.core.pooling.PoolingKey;
import org.caresettle.core.pooling.RegionPool;
import org.caresettle.core.pricing.AvailabilityInstalment;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * Applies the pooling keys of P's year (SPEC 8): youth-care pooled costs per region, and every
 * AVAILABILITY arrangement's month amount (SPEC 7.3) per arrangement. A region needs its key only
 * when the key would move money: some municipality has non-zero pooled costs, or an arrangement
 * has a non-zero month amount; a region whose pooled lines net to zero everywhere settles without.
 */
final class RegionPooling {

    record SharedArrangement(Arrangement arrangement, AvailabilityShares shares) {
    }

    record Result(List<RegionPool> pools, List<SharedArrangement> availability) {
    }

    private RegionPooling() {
    }

    /**
     * @param pooled   pooled(m) per municipality, releases included
     * @param regionOf the region of every municipality in {@code pooled}
     * @param covered  the regions whose availability arrangements are shared (a part settles some only)
     * @return the pools by region, the shared availability by arrangement id (an order that does not
     *         depend on how the regions were split into parts)
     */
    static Result apply(Period period, ReferenceData reference, Map<MunicipalityCode, Long> pooled,
            Map<MunicipalityCode, String> regionOf, Predicate<String> covered) {
        SortedMap<String, SortedMap<MunicipalityCode, Long>> pooledByRegion = new TreeMap<>();
        pooled.forEach((municipality, cents) -> {
            if (cents != 0) {
                pooledByRegion.computeIfAbsent(regionOf.get(municipality), r -> new TreeMap<>()).put(municipality, cents);
            }
        });
        SortedMap<String, List<Arrangement>> availableByRegion = new TreeMap<>();
        for (Arrangement arrangement : reference.arrangements()) {
            if (arrangement.financing() == Financing.AVAILABILITY && covered.test(arrangement.regionCode())
                    && monthAmount(arrangement, period) != 0) {
                availableByRegion.computeIfAbsent(arrangement.regionCode(), r -> new ArrayList<>()).add(arrangement);
            }
        }

        List<String> regions = new ArrayList<>(pooledByRegion.keySet());
        availableByRegion.keySet().stream().filter(r -> !pooledByRegion.containsKey(r)).forEach(regions::add);
        regions.sort(null);

        List<RegionPool> pools = new ArrayList<>();
        List<SharedArrangement> availability = new ArrayList<>();
        for (String region : regions) {
            SortedMap<MunicipalityCode, Long> regionPooled = pooledByRegion.getOrDefault(region, new TreeMap<>());
            List<Arrangement> arrangements = new ArrayList<>(availableByRegion.getOrDefault(region, List.of()));
            PoolingKey key = keyOf(reference, region, period, regionPooled, arrangements);
            try {
                pools.add(RegionPool.pool(regionPooled, key));
            } catch (MissingKeyShareException e) {
                throw new SettlementRefusedException(e.getMessage());
            }
            for (Arrangement arrangement : arrangements) {
                availability.add(new SharedArrangement(arrangement,
                        AvailabilityShares.share(arrangement.arrangementId(), monthAmount(arrangement, period), key)));
            }
        }
        availability.sort(Comparator.comparing((SharedArrangement shared) -> shared.arrangement().arrangementId()));
        return new Result(pools, availability);
    }

    private static PoolingKey keyOf(ReferenceData reference, String region, Period period,
            SortedMap<MunicipalityCode, Long> pooled, List<Arrangement> arrangements) {
        Optional<PoolingKey> key = PoolingKey.find(reference.poolingKeys(), region, period.year());
        if (key.isPresent()) {
            return key.get();
        }
        String why = !pooled.isEmpty()
                ? "pooled youth-care costs in " + period + " (municipalities " + pooled.keySet() + ")"
                : "availability amounts in " + period + " (arrangements "
                        + arrangements.stream().map(Arrangement::arrangementId).sorted().toList() + ")";
        throw new MissingPoolingKeyException(region, period.year(), why);
    }

    private static long monthAmount(Arrangement arrangement, Period period) {
        OptionalLong amount = AvailabilityInstalment.forArrangement(arrangement, period);
        return amount.orElse(0);
    }
}
