package org.caresettle.core.risk;

import java.util.Objects;
import org.caresettle.core.value.Law;

/**
 * The municipality's client cost of one law in P and in the same month a year earlier: the priced cost
 * of accepted client lines of the period (DIRECT amounts, credits subtracted; no releases, availability
 * or pooling, which are not per client) and the number of distinct clients with an accepted line in it.
 */
public record ClientCostPeriods(Law law, long costCents, long clients, long yearEarlierCostCents,
        long yearEarlierClients) {

    public ClientCostPeriods {
        Objects.requireNonNull(law, "law");
        if (clients < 0 || yearEarlierClients < 0) {
            throw new IllegalArgumentException("client counts must not be negative");
        }
    }

    public static ClientCostPeriods none(Law law) {
        return new ClientCostPeriods(law, 0, 0, 0, 0);
    }
}
