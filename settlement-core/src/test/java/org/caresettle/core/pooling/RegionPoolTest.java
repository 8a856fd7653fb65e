package org.caresettle.core.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Share;
import org.caresettle.core.testing.Seeds;
import org.junit.jupiter.api.Test;

class RegionPoolTest {

    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final MunicipalityCode ENKHUIZEN = MunicipalityCode.of("0388");
    private static final MunicipalityCode STEDE_BROEC = MunicipalityCode.of("0532");

    static PoolingKey westFriesland2026() {
        return PoolingKey.of("WF", 2026, Map.of(
                HOORN, Share.parse("0.550000"),
                ENKHUIZEN, Share.parse("0.200000"),
                STEDE_BROEC, Share.parse("0.250000")));
    }

    @Test
    void poolsTheWorkedExample() {
        // SPEC 12: Enkhuizen's 405000 cost plus 90000 release on pooled product 43A01.
        RegionPool pool = RegionPool.pool(Map.of(ENKHUIZEN, 495_000L), westFriesland2026());

        assertThat(pool.totalCents()).isEqualTo(495_000);
        assertThat(pool.shares()).containsExactly(
                new PooledShare(ENKHUIZEN, 495_000, 99_000),
                new PooledShare(HOORN, 0, 272_250),
                new PooledShare(STEDE_BROEC, 0, 123_750));
        assertThat(pool.of(HOORN).adjustmentCents()).isEqualTo(272_250);
        assertThat(pool.of(ENKHUIZEN).adjustmentCents()).isEqualTo(-396_000);
        assertThat(pool.of(STEDE_BROEC).adjustmentCents()).isEqualTo(123_750);
    }

    @Test
    void explicitZerosPoolTheSameAsAbsentMunicipalities() {
        RegionPool pool = RegionPool.pool(Map.of(ENKHUIZEN, 495_000L, HOORN, 0L, STEDE_BROEC, 0L),
                westFriesland2026());
        assertThat(pool).isEqualTo(RegionPool.pool(Map.of(ENKHUIZEN, 495_000L), westFriesland2026()));
    }

    @Test
    void everyMunicipalityPoolsItsOwnCostsToo() {
        // 0405 100000, 0388 200000, 0532 -1 (a credit): T = 299999.
        // Shares: 164999.45 -> 164999, 59999.8 -> 59999 + 1 (largest remainder .8), 74999.75 -> 74999 + 1.
        RegionPool pool = RegionPool.pool(Map.of(HOORN, 100_000L, ENKHUIZEN, 200_000L, STEDE_BROEC, -1L),
                westFriesland2026());
        assertThat(pool.totalCents()).isEqualTo(299_999);
        assertThat(pool.of(HOORN).shareCents()).isEqualTo(164_999);
        assertThat(pool.of(ENKHUIZEN).shareCents()).isEqualTo(60_000);
        assertThat(pool.of(STEDE_BROEC).shareCents()).isEqualTo(75_000);
        assertThat(pool.of(HOORN).adjustmentCents()).isEqualTo(64_999);
        assertThat(pool.of(ENKHUIZEN).adjustmentCents()).isEqualTo(-140_000);
        assertThat(pool.of(STEDE_BROEC).adjustmentCents()).isEqualTo(75_001);
    }

    @Test
    void aNegativeTotalIsSharedAsTheNegatedSplit() {
        // Credits outweigh debits this period: T = -100001 -> -55001 / -20000 / -25000.
        RegionPool pool = RegionPool.pool(Map.of(HOORN, -100_001L), westFriesland2026());
        assertThat(pool.of(HOORN).shareCents()).isEqualTo(-55_001);
        assertThat(pool.of(ENKHUIZEN).shareCents()).isEqualTo(-20_000);
        assertThat(pool.of(STEDE_BROEC).shareCents()).isEqualTo(-25_000);
        assertThat(pool.of(HOORN).adjustmentCents()).isEqualTo(45_000);
        assertThat(pool.of(ENKHUIZEN).adjustmentCents()).isEqualTo(-20_000);
        assertThat(pool.of(STEDE_BROEC).adjustmentCents()).isEqualTo(-25_000);
    }

    @Test
    void aZeroTotalStillMovesMoneyBetweenMunicipalities() {
        RegionPool pool = RegionPool.pool(Map.of(HOORN, 1_000L, ENKHUIZEN, -1_000L), westFriesland2026());
        assertThat(pool.totalCents()).isZero();
        assertThat(pool.of(HOORN).adjustmentCents()).isEqualTo(-1_000);
        assertThat(pool.of(ENKHUIZEN).adjustmentCents()).isEqualTo(1_000);
        assertThat(pool.of(STEDE_BROEC).adjustmentCents()).isZero();
    }

    @Test
    void nothingPooledGivesZeroLinesForTheWholeKey() {
        RegionPool pool = RegionPool.pool(Map.of(), westFriesland2026());
        assertThat(pool.totalCents()).isZero();
        assertThat(pool.shares()).extracting(PooledShare::municipality).containsExactly(ENKHUIZEN, HOORN, STEDE_BROEC);
        assertThat(pool.shares()).allSatisfy(share -> assertThat(share.adjustmentCents()).isZero());
    }

    @Test
    void aMunicipalityMissingFromTheKeyIsRefusedByName() {
        Map<MunicipalityCode, Long> pooled = Map.of(ENKHUIZEN, 495_000L, MunicipalityCode.of("0999"), 1L);
        assertThatThrownBy(() -> RegionPool.pool(pooled, westFriesland2026()))
                .isInstanceOf(MissingKeyShareException.class)
                .hasMessageContaining("0999")
                .hasMessageContaining("region WF")
                .hasMessageContaining("2026");
    }

    @Test
    void aMunicipalityOutsideTheRegionHasNoLine() {
        RegionPool pool = RegionPool.pool(Map.of(), westFriesland2026());
        assertThatThrownBy(() -> pool.of(MunicipalityCode.of("0999"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnbalancedPoolCannotBeBuilt() {
        assertThatThrownBy(() -> new RegionPool(westFriesland2026(), 10, List.of(
                new PooledShare(HOORN, 10, 6), new PooledShare(ENKHUIZEN, 0, 2), new PooledShare(STEDE_BROEC, 0, 3))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("WF");
        assertThatThrownBy(() -> new RegionPool(westFriesland2026(), 11, List.of(
                new PooledShare(HOORN, 10, 6), new PooledShare(ENKHUIZEN, 0, 2), new PooledShare(STEDE_BROEC, 0, 3))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void adjustmentsSumToZeroAndSharesToTheTotalForRandomPoolsAndKeys() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int round = 0; round < 5_000; round++) {
            PoolingKey key = randomKey(random);
            Map<MunicipalityCode, Long> pooled = new HashMap<>();
            long expectedTotal = 0;
            for (MunicipalityCode code : key.shares().keySet()) {
                if (random.nextInt(3) > 0) {
                    long cents = random.nextInt(3) == 0
                            ? random.nextInt(2001) - 1000
                            : (random.nextLong() % 10_000_000_000L);
                    pooled.put(code, cents);
                    expectedTotal += cents;
                }
            }
            String context = "seed " + seed + ", round " + round;

            RegionPool pool = RegionPool.pool(pooled, key);
            assertThat(pool.totalCents()).as(context).isEqualTo(expectedTotal);
            assertThat(pool.shares().stream().mapToLong(PooledShare::shareCents).sum()).as(context)
                    .isEqualTo(expectedTotal);
            assertThat(pool.shares().stream().mapToLong(PooledShare::adjustmentCents).sum()).as(context).isZero();
            assertThat(pool.shares()).as(context).hasSize(key.shares().size());
            for (PooledShare share : pool.shares()) {
                assertThat(share.pooledCents()).as(context).isEqualTo(pooled.getOrDefault(share.municipality(), 0L));
                assertThat(share.shareCents() - share.pooledCents()).as(context).isEqualTo(share.adjustmentCents());
            }
        }
    }

    static PoolingKey randomKey(Random random) {
        int count = 1 + random.nextInt(random.nextBoolean() ? 4 : 30);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) {
            cuts.add(random.nextBoolean() ? random.nextInt(Share.ONE + 1) : random.nextInt(21) * 50_000);
        }
        cuts.add(0);
        cuts.add(Share.ONE);
        Collections.sort(cuts);
        TreeSet<Integer> codes = new TreeSet<>();
        while (codes.size() < count) {
            codes.add(random.nextInt(10_000));
        }
        Map<MunicipalityCode, Share> shares = new TreeMap<>();
        int i = 0;
        for (int code : codes) {
            shares.put(MunicipalityCode.of(String.format("%04d", code)), new Share(cuts.get(i + 1) - cuts.get(i)));
            i++;
        }
        return PoolingKey.of("R" + count, 2026, shares);
    }

    @Test
    void sharesAreMappedByCode() {
        assertThat(westFriesland2026().split(495_000))
                .containsExactly(entry(ENKHUIZEN, 99_000L), entry(HOORN, 272_250L), entry(STEDE_BROEC, 123_750L));
    }
}
