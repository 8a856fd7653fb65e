package org.caresettle.core.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;

/**
 * The reference data in force, already checked (see SPEC section 3), with the look-ups the
 * checks and the pricing share. Built once per run; immutable.
 */
public final class ReferenceData {

    private final Map<MunicipalityCode, Municipality> municipalities = new HashMap<>();
    private final Map<AgbCode, Provider> providers = new HashMap<>();
    private final Map<Product, ProductDefinition> products = new HashMap<>();
    private final Map<ArrangementScope, List<Arrangement>> arrangements = new HashMap<>();
    private final List<Arrangement> allArrangements;
    private final Map<AllocationKey, Allocation> allocations = new HashMap<>();
    private final List<PoolingKeyShare> poolingKeys;
    private final List<Budget> budgets;
    private final Map<AllocationKey, Outcome> outcomes = new HashMap<>();

    public ReferenceData(
            List<Municipality> municipalities,
            List<Provider> providers,
            List<ProductDefinition> products,
            List<Arrangement> arrangements,
            List<Allocation> allocations,
            List<PoolingKeyShare> poolingKeys,
            List<Budget> budgets,
            List<Outcome> outcomes) {
        municipalities.forEach(m -> this.municipalities.put(m.code(), m));
        providers.forEach(p -> this.providers.put(p.agbCode(), p));
        products.forEach(p -> this.products.put(p.product(), p));
        for (Arrangement arrangement : arrangements) {
            ArrangementScope scope = new ArrangementScope(arrangement.providerAgb(), arrangement.regionCode(),
                    arrangement.product().law(), arrangement.product().category());
            this.arrangements.computeIfAbsent(scope, s -> new ArrayList<>()).add(arrangement);
        }
        this.allArrangements = List.copyOf(arrangements);
        allocations.forEach(a -> this.allocations.put(AllocationKey.of(a.municipality(), a.allocationNumber()), a));
        this.poolingKeys = List.copyOf(poolingKeys);
        this.budgets = List.copyOf(budgets);
        outcomes.forEach(o -> this.outcomes.put(AllocationKey.of(o.municipality(), o.allocationNumber()), o));
    }

    public Optional<Municipality> municipality(MunicipalityCode code) {
        return Optional.ofNullable(municipalities.get(code));
    }

    /** Every municipality of municipalities.csv, by code. */
    public List<Municipality> municipalities() {
        return municipalities.values().stream().sorted(Comparator.comparing(Municipality::code)).toList();
    }

    public Optional<String> regionOf(MunicipalityCode code) {
        return municipality(code).map(Municipality::regionCode);
    }

    public Optional<Provider> provider(AgbCode agb) {
        return Optional.ofNullable(providers.get(agb));
    }

    /** The product definition of a declared product; a code missing from products.csv has none. */
    public Optional<ProductDefinition> product(Product product) {
        return Optional.ofNullable(products.get(product));
    }

    public Optional<Allocation> allocation(MunicipalityCode municipality, String allocationNumber) {
        return Optional.ofNullable(allocations.get(AllocationKey.of(municipality, allocationNumber)));
    }

    public Optional<Outcome> outcome(MunicipalityCode municipality, String allocationNumber) {
        return Optional.ofNullable(outcomes.get(AllocationKey.of(municipality, allocationNumber)));
    }

    /**
     * The arrangement that governs a product delivered by a provider in a region on a day, as
     * rule 0611 finds it: among the arrangements valid that day for the provider, region, law
     * and category, one with exactly the line's code wins over one with an empty code.
     * Overlaps are refused at load, so there is at most one of each kind.
     */
    public Optional<Arrangement> arrangementFor(AgbCode provider, String regionCode, Product product, LocalDate day) {
        List<Arrangement> candidates = arrangements.get(
                new ArrangementScope(provider, regionCode, product.law(), product.category()));
        if (candidates == null) {
            return Optional.empty();
        }
        Arrangement categoryWide = null;
        for (Arrangement arrangement : candidates) {
            if (!arrangement.isValidOn(day)) {
                continue;
            }
            if (arrangement.product().hasCode()) {
                if (arrangement.product().code().equals(product.code())) {
                    return Optional.of(arrangement);
                }
            } else {
                categoryWide = arrangement;
            }
        }
        return Optional.ofNullable(categoryWide);
    }

    public List<Arrangement> arrangements() {
        return allArrangements;
    }

    public List<PoolingKeyShare> poolingKeys() {
        return poolingKeys;
    }

    public List<Budget> budgets() {
        return budgets;
    }

    /**
     * The same reference data with another pooling key (every region and year of {@code keys}
     * replaces the whole key file): what a what-if settles under (issue 14). The keys must have
     * passed the checks of SPEC 3 against these municipalities.
     */
    public ReferenceData withPoolingKeys(List<PoolingKeyShare> keys) {
        return new ReferenceData(municipalities(), List.copyOf(providers.values()), List.copyOf(products.values()),
                allArrangements, List.copyOf(allocations.values()), keys, budgets, List.copyOf(outcomes.values()));
    }

    private record ArrangementScope(AgbCode provider, String regionCode, Law law, String category) {
    }

    /**
     * Allocation numbers are integers in the iJw messages (XSD LDT_Nummer), so {@code 0001001}
     * and {@code 1001} name the same allocation: keys hold the number without leading zeros.
     */
    private record AllocationKey(MunicipalityCode municipality, String allocationNumber) {

        private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

        static AllocationKey of(MunicipalityCode municipality, String allocationNumber) {
            String canonical = allocationNumber;
            if (allocationNumber != null && NUMBER.matcher(allocationNumber).matches()) {
                canonical = Long.toString(Long.parseLong(allocationNumber));
            }
            return new AllocationKey(municipality, canonical);
        }
    }
}
