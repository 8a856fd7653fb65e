package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProviderCostAboveMedianTest {

    private static final Band BAND = RiskThresholds.DEFAULTS.costAboveMedian();
    private static final Product AMBULANT = new Product(Law.JW, "45", "45A01");
    private static final Product HOUSING = new Product(Law.WMO, "02", "02A01");
    private static final AgbCode A = AgbCode.of("11111111");
    private static final AgbCode B = AgbCode.of("22222222");
    private static final AgbCode C = AgbCode.of("33333333");
    private static final AgbCode D = AgbCode.of("44444444");

    @Test
    void measuresTheMunicipalitysCostPerClientAgainstTheRegionMedian() {
        // Region 45A01 per client: A 100 000/10 = 10 000; B 40 000/2 = 20 000; C 30 000/1 = 30 000 → median 20 000.
        // Region 02A01: A 5 000/1, D 7 000/1 → even count, median (5 000 + 7 000) / 2 = 6 000.
        // Municipality: C 45A01 32 000/1 = 160.00 % of 20 000 → WATCH; A 45A01 10 000/1 = 50 % → OK;
        // D 02A01 26 000/2 = 13 000 = 216.67 % of 6 000 → ALERT.
        List<ProviderProductCost> region = List.of(
                new ProviderProductCost(A, AMBULANT, 100_000, 10), new ProviderProductCost(B, AMBULANT, 40_000, 2),
                new ProviderProductCost(C, AMBULANT, 30_000, 1), new ProviderProductCost(A, HOUSING, 5_000, 1),
                new ProviderProductCost(D, HOUSING, 7_000, 1));
        List<ProviderProductCost> municipality = List.of(
                new ProviderProductCost(C, AMBULANT, 32_000, 1), new ProviderProductCost(A, AMBULANT, 10_000, 1),
                new ProviderProductCost(D, HOUSING, 26_000, 2));

        RiskRow row = ProviderCostAboveMedian.row(municipality, region, BAND);

        assertThat(row.cells()).containsExactly("provider_cost_above_median", "2", "count", "150.00",
                "200.00", "percent", "ALERT", "WATCH from 150.00%, ALERT above 200.00% of the region's median cost per"
                        + " client, per provider and product",
                "2 of 3 provider products measured: 44444444 WMO/02/02A01 216.67% (130.00 per client, median 60.00),"
                        + " 33333333 JW/45/45A01 160.00% (320.00 per client, median 200.00)");
    }

    @ParameterizedTest(name = "{0} per client against a median of 1000 → {1}")
    @CsvSource({"1499, OK", "1500, WATCH", "2000, WATCH", "2001, ALERT"})
    void levelBoundaries(long perClient, RiskLevel level) {
        List<ProviderProductCost> region = List.of(new ProviderProductCost(A, AMBULANT, 1_000, 1),
                new ProviderProductCost(B, AMBULANT, 500, 1), new ProviderProductCost(C, AMBULANT, 9_000, 1));

        RiskRow row = ProviderCostAboveMedian.row(
                List.of(new ProviderProductCost(C, AMBULANT, perClient * 4, 4)), region, BAND);

        assertThat(row.level()).isEqualTo(level);
    }

    @Test
    void theMedianIsUnweightedAndExact() {
        // 1/3 and 2/3 → median 1/2 exactly.
        assertThat(ProviderCostAboveMedian.median(List.of(Ratio.of(2, 3), Ratio.of(1, 3)))).isEqualTo(Ratio.of(1, 2));
        assertThat(ProviderCostAboveMedian.median(List.of(Ratio.of(9, 1), Ratio.of(1, 1), Ratio.of(5, 1))))
                .isEqualTo(Ratio.of(5, 1));
    }

    @Test
    void equalExcessIsOrderedByProviderThenProduct() {
        List<ProviderProductCost> region = List.of(new ProviderProductCost(A, AMBULANT, 100, 1),
                new ProviderProductCost(A, HOUSING, 100, 1));
        List<ProviderProductCost> municipality = List.of(new ProviderProductCost(B, HOUSING, 300, 1),
                new ProviderProductCost(B, AMBULANT, 300, 1), new ProviderProductCost(A, HOUSING, 300, 1));

        assertThat(ProviderCostAboveMedian.row(municipality, region, BAND).detail()).isEqualTo(
                "3 of 3 provider products measured: 11111111 WMO/02/02A01 300.00% (3.00 per client, median 1.00),"
                        + " 22222222 JW/45/45A01 300.00% (3.00 per client, median 1.00),"
                        + " 22222222 WMO/02/02A01 300.00% (3.00 per client, median 1.00)");
    }

    @Test
    void productsWithoutARegionMedianOrClientsAreNotMeasured() {
        RiskRow row = ProviderCostAboveMedian.row(List.of(new ProviderProductCost(A, AMBULANT, 100, 0),
                new ProviderProductCost(B, HOUSING, 100, 1)), List.of(new ProviderProductCost(A, AMBULANT, 1, 1)), BAND);

        assertThat(row.level()).isEqualTo(RiskLevel.OK);
        assertThat(row.detail()).isEqualTo("0 of 0 provider products measured");
        assertThatThrownBy(() -> ProviderCostAboveMedian.medians(List.of(new ProviderProductCost(A, AMBULANT, 1, 1),
                new ProviderProductCost(A, AMBULANT, 2, 1)))).hasMessageContaining("twice");
    }
}
