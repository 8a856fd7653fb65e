package org.caresettle.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.testing.Seeds;
import org.junit.jupiter.api.Test;

class AvailabilitySharesTest {

    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final MunicipalityCode ENKHUIZEN = MunicipalityCode.of("0388");
    private static final MunicipalityCode STEDE_BROEC = MunicipalityCode.of("0532");

    @Test
    void sharesTheWorkedExamplesMarchInstalment() {
        // SPEC 12: 1200007 a year, 100001 in March -> 55001 / 20000 / 25000.
        AvailabilityShares shares = AvailabilityShares.share("AV46", 100_001, RegionPoolTest.westFriesland2026());
        assertThat(shares.arrangementId()).isEqualTo("AV46");
        assertThat(shares.amountCents()).isEqualTo(100_001);
        assertThat(shares.parts()).containsExactly(
                entry(ENKHUIZEN, 20_000L), entry(HOORN, 55_001L), entry(STEDE_BROEC, 25_000L));
    }

    @Test
    void theWorkedExampleTotalsAddUp() {
        // SPEC 12's invoice TOTALs re-add from the primitives: direct costs, release, availability, adjustment.
        RegionPool pool = RegionPool.pool(Map.of(ENKHUIZEN, 405_000L + 90_000L), RegionPoolTest.westFriesland2026());
        AvailabilityShares availability = AvailabilityShares.share("AV46", 100_001, RegionPoolTest.westFriesland2026());
        long hoorn = 68_400 + availability.parts().get(HOORN) + pool.of(HOORN).adjustmentCents();
        long enkhuizen = 405_000 + 90_000 + availability.parts().get(ENKHUIZEN) + pool.of(ENKHUIZEN).adjustmentCents();
        long stedeBroec = 186_000 + availability.parts().get(STEDE_BROEC) + pool.of(STEDE_BROEC).adjustmentCents();
        assertThat(hoorn).isEqualTo(395_651);
        assertThat(enkhuizen).isEqualTo(119_000);
        assertThat(stedeBroec).isEqualTo(334_750);
        assertThat(hoorn + enkhuizen + stedeBroec).isEqualTo(849_401).isEqualTo(659_400 + 90_000 + 100_001);
    }

    @Test
    void partsAlwaysAddUpToTheAmount() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            PoolingKey key = RegionPoolTest.randomKey(random);
            long amount = random.nextInt(1_000_000_000);
            AvailabilityShares shares = AvailabilityShares.share("A" + i, amount, key);
            assertThat(shares.parts().values().stream().mapToLong(Long::longValue).sum())
                    .as("seed %d", seed).isEqualTo(amount);
            assertThat(shares.parts()).as("seed %d", seed).hasSameSizeAs(key.shares());
        }
    }

    @Test
    void refusesPartsThatDoNotAddUp() {
        assertThatThrownBy(() -> new AvailabilityShares("AV46", 10, new TreeMap<>(Map.of(HOORN, 9L))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AV46");
    }
}
