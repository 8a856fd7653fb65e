package org.caresettle.core.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SPEC 11 high-cost clients: clients whose 12-month cost is strictly above a threshold. The value is
 * their count; the level is decided on their share of the cost of all the municipality's clients, since
 * a few expensive clients are a risk only when they carry much of the budget. When the clients' total is
 * not positive (credits outweigh) there is no share, and any high-cost client makes the row WATCH.
 * The detail lists the high-cost pseudonyms, costliest first (ties by pseudonym).
 */
public final class HighCostClients {

    private static final Comparator<ClientCost> COSTLIEST_FIRST = Comparator
            .comparingLong(ClientCost::twelveMonthCents).reversed()
            .thenComparing(ClientCost::pseudonym);

    private HighCostClients() {
    }

    public static RiskRow row(List<ClientCost> clients, long thresholdCents, Band shareBand) {
        long total = 0;
        long highTotal = 0;
        List<ClientCost> high = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ClientCost client : clients) {
            if (!seen.add(client.pseudonym())) {
                throw new IllegalArgumentException("client " + client.pseudonym() + " given twice; sum per client");
            }
            total = Math.addExact(total, client.twelveMonthCents());
            if (client.twelveMonthCents() > thresholdCents) {
                highTotal = Math.addExact(highTotal, client.twelveMonthCents());
                high.add(client);
            }
        }
        high.sort(COSTLIEST_FIRST);
        RiskThreshold threshold = new RiskThreshold(shareBand, RiskUnit.PERCENT,
                "share of all client cost held by clients above " + RiskFormat.euros(thresholdCents));
        String summary = high.size() + " of " + clients.size() + " clients above " + RiskFormat.euros(thresholdCents);
        RiskLevel level;
        if (total > 0) {
            Ratio share = Ratio.of(highTotal, total);
            level = shareBand.level(share);
            summary += " hold " + RiskFormat.percent(share) + " of " + RiskFormat.euros(total);
        } else {
            level = high.isEmpty() ? RiskLevel.OK : RiskLevel.WATCH;
            summary += "; total client cost " + RiskFormat.euros(total);
        }
        if (!high.isEmpty()) {
            summary += ": " + RiskFormat.list(high.stream()
                    .map(c -> c.pseudonym() + " " + RiskFormat.euros(c.twelveMonthCents())).toList());
        }
        return new RiskRow(RiskIndicator.HIGH_COST_CLIENTS, null, RiskFigure.count(high.size()), threshold, level,
                summary);
    }
}
