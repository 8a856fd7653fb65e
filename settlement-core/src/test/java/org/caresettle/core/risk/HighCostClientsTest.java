package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HighCostClientsTest {

    private static final Band SHARE = RiskThresholds.DEFAULTS.highCostShare();

    @Test
    void countsClientsAboveTheThresholdAndWeighsTheirShare() {
        // Threshold 1000.00 (100 000 cents). Above: p-b 150 000 and p-c 120 000 (p-a at exactly 100 000 is not
        // above). Total 100 000 + 150 000 + 120 000 + 30 000 = 400 000; share 270 000 / 400 000 = 67.50 % → ALERT.
        List<ClientCost> clients = List.of(new ClientCost("p-a", 100_000), new ClientCost("p-c", 120_000),
                new ClientCost("p-b", 150_000), new ClientCost("p-d", 30_000));

        RiskRow row = HighCostClients.row(clients, 100_000, SHARE);

        assertThat(row.cells()).containsExactly("high_cost_clients", "2", "count", "25.00", "50.00", "percent",
                "ALERT", "WATCH from 25.00%, ALERT above 50.00% share of all client cost held by clients above 1000.00",
                "2 of 4 clients above 1000.00 hold 67.50% of 4000.00: p-b 1500.00, p-c 1200.00");
    }

    @ParameterizedTest(name = "high-cost client of {0} among a total of 10000 → {1}")
    @CsvSource({"2499, OK", "2500, WATCH", "5000, WATCH", "5001, ALERT"})
    void shareBoundaries(long highCost, RiskLevel level) {
        // One client above a threshold of 2000; the rest of a 10 000 total over clients of at most 1 000 each.
        List<ClientCost> clients = new ArrayList<>(List.of(new ClientCost("high", highCost)));
        long rest = 10_000 - highCost;
        for (int i = 0; rest > 0; i++) {
            long cost = Math.min(rest, 1_000);
            clients.add(new ClientCost("low" + i, cost));
            rest -= cost;
        }

        RiskRow row = HighCostClients.row(clients, 2_000, SHARE);

        assertThat(row.value()).isEqualTo("1");
        assertThat(row.level()).isEqualTo(level);
    }

    @Test
    void equalCostsAreListedByPseudonym() {
        List<ClientCost> clients = List.of(new ClientCost("zz", 500), new ClientCost("aa", 500));

        assertThat(HighCostClients.row(clients, 100, SHARE).detail()).endsWith(": aa 5.00, zz 5.00");
    }

    @Test
    void noClientsIsOk() {
        RiskRow row = HighCostClients.row(List.of(), 100, SHARE);

        assertThat(row.value()).isEqualTo("0");
        assertThat(row.level()).isEqualTo(RiskLevel.OK);
    }

    @Test
    void aBsnNeverPassesForAPseudonym() {
        assertThatThrownBy(() -> new ClientCost("999900018", 1)).hasMessageContaining("looks like a BSN");
        assertThatThrownBy(() -> HighCostClients.row(List.of(new ClientCost("x", 1), new ClientCost("x", 2)), 0, SHARE))
                .hasMessageContaining("twice");
    }
}
