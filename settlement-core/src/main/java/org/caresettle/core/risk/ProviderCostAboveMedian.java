package org.caresettle.core.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Product;

/**
 * SPEC 11 providers whose cost per client is far above the region's median for the same product.
 * The median is taken over the region's providers of the product (each provider's region-wide cost per
 * client is one value, so a large provider does not outvote the others; for an even count the mean of
 * the two middle values), exactly as a fraction. Each provider that served the municipality is measured
 * by its cost per client <em>in this municipality</em>, since that is what this municipality pays.
 * Entries without clients, and products whose median is not positive, are not measured.
 *
 * <p>One row: the value counts the (provider, product) pairs at WATCH or worse, the level is the worst,
 * the detail lists them, furthest above first, ties by provider then product.
 */
public final class ProviderCostAboveMedian {

    private ProviderCostAboveMedian() {
    }

    private record Key(AgbCode provider, Product product) {
    }

    private record Above(ProviderProductCost cost, Ratio perClient, Ratio median, Ratio relative) {
    }

    public static RiskRow row(List<ProviderProductCost> municipality, List<ProviderProductCost> region, Band band) {
        Map<Product, Ratio> medians = medians(region);
        List<Above> flagged = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        RiskLevel worst = RiskLevel.OK;
        int measured = 0;
        for (ProviderProductCost cost : municipality) {
            if (!seen.add(new Key(cost.provider(), cost.product()))) {
                throw new IllegalArgumentException("provider " + cost.provider() + " and product " + cost.product()
                        + " given twice for the municipality");
            }
            Ratio median = medians.get(cost.product());
            if (cost.clients() == 0 || median == null || median.signum() <= 0) {
                continue;
            }
            measured++;
            Ratio perClient = Ratio.of(cost.costCents(), cost.clients());
            Ratio relative = perClient.dividedBy(median);
            RiskLevel level = band.level(relative);
            if (level != RiskLevel.OK) {
                flagged.add(new Above(cost, perClient, median, relative));
                worst = worst.worst(level);
            }
        }
        flagged.sort(Comparator.comparing(Above::relative).reversed()
                .thenComparing(a -> a.cost().provider())
                .thenComparing(a -> a.cost().product()));
        String detail = flagged.size() + " of " + measured + " provider products measured";
        if (!flagged.isEmpty()) {
            detail += ": " + RiskFormat.list(flagged.stream()
                    .map(a -> a.cost().provider() + " " + a.cost().product() + " " + RiskFormat.percent(a.relative())
                            + " (" + RiskFormat.euros(a.perClient().rounded()) + " per client, median "
                            + RiskFormat.euros(a.median().rounded()) + ")")
                    .toList());
        }
        return new RiskRow(RiskIndicator.PROVIDER_COST_ABOVE_MEDIAN, null, RiskFigure.count(flagged.size()),
                new RiskThreshold(band, RiskUnit.PERCENT, "of the region's median cost per client, per provider and"
                        + " product"), worst, detail);
    }

    /** The median cost per client of each product over the region's providers with clients. */
    static Map<Product, Ratio> medians(List<ProviderProductCost> region) {
        Map<Product, List<Ratio>> perProduct = new HashMap<>();
        Set<Key> seen = new HashSet<>();
        for (ProviderProductCost cost : region) {
            if (!seen.add(new Key(cost.provider(), cost.product()))) {
                throw new IllegalArgumentException("provider " + cost.provider() + " and product " + cost.product()
                        + " given twice for the region");
            }
            if (cost.clients() > 0) {
                perProduct.computeIfAbsent(cost.product(), p -> new ArrayList<>())
                        .add(Ratio.of(cost.costCents(), cost.clients()));
            }
        }
        Map<Product, Ratio> medians = new HashMap<>();
        perProduct.forEach((product, values) -> medians.put(product, median(values)));
        return medians;
    }

    static Ratio median(List<Ratio> values) {
        List<Ratio> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.naturalOrder());
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).times(Ratio.of(1, 2));
    }
}
