package org.caresettle.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;

/** The provider landscape on small sets worked out by hand. */
class ProviderLandscapeTest {

    private static final Period MARCH = Period.parse("2026-03");
    private static final Map<String, String> REGIONS = Map.of("0001", "R", "0002", "R");

    private static PaymentLine paid(String provider, String municipality, String period, long cents) {
        return new PaymentLine(municipality, new ProductKey(provider, "JW", "45", "45A01"), "PERFORMANCE",
                Period.parse(period), false, cents, 0);
    }

    @Test
    void sharesHhiAndSmallProvidersOfOneProductInARegion() {
        // 60 % / 30 % / 9 % / 1 %: HHI 3600 + 900 + 81 + 1 = 4582; D is under 5 %
        List<PaymentLine> payments = List.of(paid("A", "0001", "2026-01", 4_000), paid("A", "0002", "2026-02", 2_000),
                paid("B", "0001", "2026-03", 3_000), paid("C", "0002", "2026-01", 900), paid("D", "0001", "2026-02", 100),
                paid("D", "0001", "2025-12", 99_999), paid("D", "0001", "2026-04", 99_999)); // other year, after P

        assertThat(ProviderLandscape.compute(MARCH, REGIONS, payments, 500)).containsExactly(
                new LandscapeRow("R", "JW", "45", "45A01", 4, 10_000, "A", 6_000, 9_900, 4_582, List.of("D")));
    }

    @Test
    void exactlyTheSmallShareIsNotSmall() {
        // 60 / 30 / 5 / 5: HHI 3600 + 900 + 25 + 25 = 4550
        List<PaymentLine> payments = List.of(paid("A", "0001", "2026-01", 6_000), paid("B", "0001", "2026-01", 3_000),
                paid("C", "0001", "2026-01", 500), paid("D", "0001", "2026-01", 500));

        LandscapeRow row = ProviderLandscape.compute(MARCH, REGIONS, payments, 500).get(0);

        assertThat(row.smallProviders()).isEmpty();
        assertThat(row.hhi()).isEqualTo(4_550);
    }

    @Test
    void sharesAndTheIndexAreRoundedHalfUpOnce() {
        // 1/3 and 2/3: top 6 666.67 bp -> 6 667; HHI 10 000 × 5 / 9 = 5 555.56 -> 5 556
        List<PaymentLine> payments = List.of(paid("A", "0001", "2026-01", 1), paid("B", "0001", "2026-01", 2));

        LandscapeRow row = ProviderLandscape.compute(MARCH, REGIONS, payments, 0).get(0);

        assertThat(row.largestProvider()).isEqualTo("B");
        assertThat(row.largestShareBp()).isEqualTo(6_667);
        assertThat(row.largestThreeShareBp()).isEqualTo(10_000);
        assertThat(row.hhi()).isEqualTo(5_556);
    }
}
