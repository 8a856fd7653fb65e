package org.caresettle.core.results;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.caresettle.core.math.Rounding;
import org.caresettle.core.value.Period;

/**
 * The provider landscape per region and product (issue 16 item 2), from the payment statements' lines of P's
 * year up to P: how many providers, how much of the spend the largest take, the Herfindahl–Hirschman index,
 * and the providers with very small volumes, so a region that wants fewer contracts sees where. Shares are
 * of the spend; a provider whose year's spend is zero or less is listed among the small ones and takes no share.
 */
public final class ProviderLandscape {

    private static final long WHOLE_BP = 10_000;

    private ProviderLandscape() {
    }

    /** {@code smallShareBp}: a provider under this share of the product's spend in the region counts as small. */
    public static List<LandscapeRow> compute(Period period, Map<String, String> regionOf, List<PaymentLine> payments,
            long smallShareBp) {
        Map<String, Map<String, Long>> spend = new TreeMap<>();
        for (PaymentLine line : payments) {
            if (line.period().year() != period.year() || line.period().compareTo(period) > 0) {
                continue;
            }
            ProductKey p = line.product();
            String key = regionOf.getOrDefault(line.municipality(), "") + "|" + p.law() + "|" + p.category() + "|"
                    + p.code();
            spend.computeIfAbsent(key, k -> new TreeMap<>()).merge(p.providerAgb(), line.amountCents(), Math::addExact);
        }
        List<LandscapeRow> rows = new ArrayList<>();
        spend.forEach((key, byProvider) -> {
            String[] parts = key.split("\\|", -1);
            rows.add(row(parts, byProvider, smallShareBp));
        });
        return rows;
    }

    private static LandscapeRow row(String[] key, Map<String, Long> byProvider, long smallShareBp) {
        long total = byProvider.values().stream().filter(cents -> cents > 0).mapToLong(Long::longValue).sum();
        List<Map.Entry<String, Long>> largestFirst = byProvider.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        long top = total == 0 ? 0 : Math.max(0, largestFirst.get(0).getValue());
        long topThree = largestFirst.stream().limit(3).mapToLong(e -> Math.max(0, e.getValue())).sum();
        List<String> small = new ArrayList<>();
        // HHI = Σ (100 · s_i)² = 10 000 · Σ c_i² / T², computed exactly and rounded once.
        BigInteger squares = BigInteger.ZERO;
        for (Map.Entry<String, Long> provider : byProvider.entrySet()) {
            long cents = provider.getValue();
            if (cents > 0) {
                squares = squares.add(BigInteger.valueOf(cents).pow(2));
            }
            if (cents <= 0 || total > 0 && BigInteger.valueOf(cents).multiply(BigInteger.valueOf(WHOLE_BP))
                    .compareTo(BigInteger.valueOf(total).multiply(BigInteger.valueOf(smallShareBp))) < 0) {
                small.add(provider.getKey());
            }
        }
        long hhi = total == 0 ? 0 : roundHalfUp(squares.multiply(BigInteger.valueOf(WHOLE_BP)),
                BigInteger.valueOf(total).pow(2));
        return new LandscapeRow(key[0], key[1], key[2], key[3], byProvider.size(), total,
                total == 0 ? "" : largestFirst.get(0).getKey(), share(top, total), share(topThree, total), hhi, small);
    }

    private static long share(long part, long total) {
        return total == 0 ? 0 : Rounding.roundHalfUp(Math.multiplyExact(part, WHOLE_BP), total);
    }

    private static long roundHalfUp(BigInteger numerator, BigInteger denominator) {
        BigInteger[] division = numerator.divideAndRemainder(denominator);
        return division[1].shiftLeft(1).compareTo(denominator) >= 0 ? division[0].longValueExact() + 1
                : division[0].longValueExact();
    }
}
