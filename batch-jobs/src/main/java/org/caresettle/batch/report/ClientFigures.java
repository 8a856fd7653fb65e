package org.caresettle.batch.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caresettle.core.risk.ClientCost;
import org.caresettle.core.risk.ClientCostPeriods;
import org.caresettle.core.risk.ProviderProductCost;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;

/**
 * The client-level sums of the risk report, filled one priced line at a time: per municipality the
 * 12-month cost of each client (P−11 to P), the cost and clients per law in P and in P−12, and the cost and
 * clients per provider and product in P; per region the same per provider and product, for the medians.
 * Clients are pseudonyms only; a set of them per group counts distinct clients.
 */
final class ClientFigures {

    /** Cost and distinct clients of one group. */
    private static final class Tally {
        long costCents;
        final Set<String> clients = new HashSet<>();

        void add(String client, long cents) {
            costCents = Math.addExact(costCents, cents);
            clients.add(client);
        }
    }

    private record ProviderProduct(AgbCode provider, Product product) {
    }

    private static final class Municipal {
        final Map<String, Long> twelveMonths = new HashMap<>();
        final Map<Law, Tally> period = new EnumMap<>(Law.class);
        final Map<Law, Tally> yearEarlier = new EnumMap<>(Law.class);
        final Map<ProviderProduct, Tally> providers = new HashMap<>();
    }

    private final Map<MunicipalityCode, Municipal> municipalities = new HashMap<>();
    private final Map<String, Map<ProviderProduct, Tally>> regions = new HashMap<>();

    /** A line of P−11 .. P: counts towards the client's 12-month cost. */
    void addTwelveMonths(MunicipalityCode municipality, String client, long costCents) {
        municipal(municipality).twelveMonths.merge(client, costCents, Math::addExact);
    }

    /** A line of P itself. */
    void addPeriod(MunicipalityCode municipality, String region, AgbCode provider, Product product, String client,
            long costCents) {
        Municipal m = municipal(municipality);
        m.period.computeIfAbsent(product.law(), l -> new Tally()).add(client, costCents);
        ProviderProduct key = new ProviderProduct(provider, product);
        m.providers.computeIfAbsent(key, k -> new Tally()).add(client, costCents);
        regions.computeIfAbsent(region, r -> new HashMap<>()).computeIfAbsent(key, k -> new Tally())
                .add(client, costCents);
    }

    /** A line of P − 12 months. */
    void addYearEarlier(MunicipalityCode municipality, Law law, String client, long costCents) {
        municipal(municipality).yearEarlier.computeIfAbsent(law, l -> new Tally()).add(client, costCents);
    }

    List<ClientCost> clientCosts(MunicipalityCode municipality) {
        List<ClientCost> costs = new ArrayList<>();
        existing(municipality).twelveMonths.forEach((client, cents) -> costs.add(new ClientCost(client, cents)));
        return costs;
    }

    List<ClientCostPeriods> costPerClient(MunicipalityCode municipality) {
        Municipal m = existing(municipality);
        List<ClientCostPeriods> costs = new ArrayList<>();
        for (Law law : Law.values()) {
            Tally now = m.period.getOrDefault(law, new Tally());
            Tally before = m.yearEarlier.getOrDefault(law, new Tally());
            costs.add(new ClientCostPeriods(law, now.costCents, now.clients.size(), before.costCents,
                    before.clients.size()));
        }
        return costs;
    }

    List<ProviderProductCost> municipalityProviderCosts(MunicipalityCode municipality) {
        return costs(existing(municipality).providers);
    }

    List<ProviderProductCost> regionProviderCosts(String region) {
        return costs(regions.getOrDefault(region, Map.of()));
    }

    private static List<ProviderProductCost> costs(Map<ProviderProduct, Tally> tallies) {
        List<ProviderProductCost> costs = new ArrayList<>();
        tallies.forEach((key, tally) -> costs.add(new ProviderProductCost(key.provider(), key.product(),
                tally.costCents, tally.clients.size())));
        return costs;
    }

    private Municipal municipal(MunicipalityCode municipality) {
        return municipalities.computeIfAbsent(municipality, m -> new Municipal());
    }

    private Municipal existing(MunicipalityCode municipality) {
        return municipalities.getOrDefault(municipality, new Municipal());
    }
}
