package org.caresettle.core.risk;

import java.util.List;
import java.util.Objects;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * Everything the risk report of one municipality and period is computed from, already aggregated by
 * the shell (sums and counts per law, client, allocation, provider or product; never the lines of a
 * national month). Each component's record says what to sum. A law missing from {@code budgets} or
 * {@code costPerClient} counts as no spend, no budget and no clients.
 */
public record RiskInput(
        MunicipalityCode municipality,
        Period period,
        List<BudgetPosition> budgets,
        PoolingPosition pooling,
        List<ClientCost> clientCosts,
        List<AllocationUse> allocations,
        List<ProviderLines> providerLines,
        List<ClientCostPeriods> costPerClient,
        List<ProviderProductCost> municipalityProviderCosts,
        List<ProviderProductCost> regionProviderCosts) {

    public RiskInput {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(pooling, "pooling");
        budgets = List.copyOf(budgets);
        clientCosts = List.copyOf(clientCosts);
        allocations = List.copyOf(allocations);
        providerLines = List.copyOf(providerLines);
        costPerClient = List.copyOf(costPerClient);
        municipalityProviderCosts = List.copyOf(municipalityProviderCosts);
        regionProviderCosts = List.copyOf(regionProviderCosts);
    }
}
