package org.caresettle.core.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Share;
import org.caresettle.core.testing.Seeds;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

    private static final MunicipalityCode HOORN = MunicipalityCode.of("0405");
    private static final MunicipalityCode ENKHUIZEN = MunicipalityCode.of("0388");
    private static final MunicipalityCode STEDE_BROEC = MunicipalityCode.of("0532");

    /** The key of SPEC 12, in a non-sorted order on purpose. */
    private static Map<MunicipalityCode, Share> westFriesland() {
        Map<MunicipalityCode, Share> key = new LinkedHashMap<>();
        key.put(HOORN, Share.parse("0.55"));
        key.put(ENKHUIZEN, Share.parse("0.20"));
        key.put(STEDE_BROEC, Share.parse("0.25"));
        return key;
    }

    @Test
    void splitsThePooledCostOfTheWorkedExample() {
        assertThat(LargestRemainder.split(495_000, westFriesland()))
                .containsExactly(entry(ENKHUIZEN, 99_000L), entry(HOORN, 272_250L), entry(STEDE_BROEC, 123_750L));
    }

    @Test
    void givesTheOddCentOfTheWorkedExampleToTheLargestRemainder() {
        // 100001 × 0.55 = 55000.55, × 0.20 = 20000.20, × 0.25 = 25000.25: Hoorn's .55 is largest.
        assertThat(LargestRemainder.split(100_001, westFriesland()))
                .containsExactly(entry(ENKHUIZEN, 20_000L), entry(HOORN, 55_001L), entry(STEDE_BROEC, 25_000L));
    }

    @Test
    void breaksTiesByMunicipalityCodeAscending() {
        Map<MunicipalityCode, Share> halves = Map.of(
                MunicipalityCode.of("0900"), Share.parse("0.5"),
                MunicipalityCode.of("0100"), Share.parse("0.5"));
        assertThat(LargestRemainder.split(1, halves))
                .containsExactly(entry(MunicipalityCode.of("0100"), 1L), entry(MunicipalityCode.of("0900"), 0L));
        assertThat(LargestRemainder.split(3, halves))
                .containsExactly(entry(MunicipalityCode.of("0100"), 2L), entry(MunicipalityCode.of("0900"), 1L));

        // Thirds: remainders 666666, 666666, 666668; the largest first, then the tie by code.
        Map<MunicipalityCode, Share> thirds = Map.of(
                MunicipalityCode.of("0003"), Share.parse("0.333334"),
                MunicipalityCode.of("0002"), Share.parse("0.333333"),
                MunicipalityCode.of("0001"), Share.parse("0.333333"));
        assertThat(LargestRemainder.split(2, thirds)).containsExactly(
                entry(MunicipalityCode.of("0001"), 1L),
                entry(MunicipalityCode.of("0002"), 0L),
                entry(MunicipalityCode.of("0003"), 1L));
    }

    @Test
    void splitsANegativeTotalAsTheNegatedSplitOfItsAbsoluteValue() {
        assertThat(LargestRemainder.split(-100_001, westFriesland()))
                .containsExactly(entry(ENKHUIZEN, -20_000L), entry(HOORN, -55_001L), entry(STEDE_BROEC, -25_000L));
        // Not floor division of the negative products, which would give the odd cent elsewhere.
        Map<MunicipalityCode, Share> halves = Map.of(
                MunicipalityCode.of("0900"), Share.parse("0.5"),
                MunicipalityCode.of("0100"), Share.parse("0.5"));
        assertThat(LargestRemainder.split(-1, halves))
                .containsExactly(entry(MunicipalityCode.of("0100"), -1L), entry(MunicipalityCode.of("0900"), 0L));
    }

    @Test
    void splitsZeroIntoZeros() {
        assertThat(LargestRemainder.split(0, westFriesland()))
                .containsExactly(entry(ENKHUIZEN, 0L), entry(HOORN, 0L), entry(STEDE_BROEC, 0L));
    }

    @Test
    void handsOutARemainderOfSeveralCents() {
        // Six shares of 0.142857 and one of 0.142858, T = 1000: bases 142 each (994), 6 cents left.
        // Remainders 857000 (six times) and 858000: 0007 first, then 0001..0005 by code; 0006 misses out.
        Map<MunicipalityCode, Share> sevenths = new TreeMap<>();
        for (int i = 1; i <= 6; i++) {
            sevenths.put(code(i), Share.parse("0.142857"));
        }
        sevenths.put(code(7), Share.parse("0.142858"));
        SortedMap<MunicipalityCode, Long> parts = LargestRemainder.split(1000, sevenths);
        assertThat(parts).containsExactly(
                entry(code(1), 143L), entry(code(2), 143L), entry(code(3), 143L), entry(code(4), 143L),
                entry(code(5), 143L), entry(code(6), 142L), entry(code(7), 143L));

        // Four tenths and three fifths, T = 7: bases 0,0,0,0,1,1,1, four cents left, all to the
        // tenths (remainder 700000 beats 400000): the smaller shares get the cents here.
        Map<MunicipalityCode, Share> mixed = new TreeMap<>();
        for (int i = 1; i <= 4; i++) {
            mixed.put(code(i), Share.parse("0.1"));
        }
        for (int i = 5; i <= 7; i++) {
            mixed.put(code(i), Share.parse("0.2"));
        }
        assertThat(LargestRemainder.split(7, mixed).values()).containsExactly(1L, 1L, 1L, 1L, 1L, 1L, 1L);
    }

    @Test
    void aZeroShareNeverGetsACent() {
        Map<MunicipalityCode, Share> key = Map.of(
                MunicipalityCode.of("0001"), Share.parse("0"),
                MunicipalityCode.of("0002"), Share.parse("0.5"),
                MunicipalityCode.of("0003"), Share.parse("0.5"));
        assertThat(LargestRemainder.split(1, key)).containsEntry(MunicipalityCode.of("0001"), 0L)
                .containsEntry(MunicipalityCode.of("0002"), 1L);
    }

    @Test
    void refusesAKeyThatDoesNotSumToOne() {
        Map<MunicipalityCode, Share> low = Map.of(HOORN, Share.parse("0.55"), ENKHUIZEN, Share.parse("0.449999"));
        Map<MunicipalityCode, Share> high = Map.of(HOORN, Share.parse("0.55"), ENKHUIZEN, Share.parse("0.450001"));
        assertThatThrownBy(() -> LargestRemainder.split(100, low))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999999");
        assertThatThrownBy(() -> LargestRemainder.split(100, high))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1000001");
        assertThatThrownBy(() -> LargestRemainder.split(0, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.split(-5, low))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSingleMunicipalityTakesEverything() {
        assertThat(LargestRemainder.split(-123_457, Map.of(HOORN, Share.parse("1"))))
                .containsExactly(entry(HOORN, -123_457L));
    }

    @Test
    void propertiesHoldForRandomTotalsAndKeys() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int round = 0; round < 5_000; round++) {
            Map<MunicipalityCode, Share> key = randomKey(random);
            long total = randomTotal(random);
            String context = "seed " + seed + ", round " + round + ", T " + total + ", key " + key;

            SortedMap<MunicipalityCode, Long> parts = LargestRemainder.split(total, key);
            assertThat(parts.keySet()).as(context).isEqualTo(new TreeSet<>(key.keySet()));
            assertThat(parts.values().stream().mapToLong(Long::longValue).sum()).as(context).isEqualTo(total);
            for (Map.Entry<MunicipalityCode, Long> part : parts.entrySet()) {
                // |part − T × s / 10^6| < 1 cent, in whole millionths so that nothing is rounded.
                long exact = total * key.get(part.getKey()).millionths();
                assertThat(Math.abs(part.getValue() * Share.ONE - exact)).as(context).isLessThan(Share.ONE);
            }
            assertLargestRemaindersGotTheCents(Math.abs(total), key, parts, total < 0, context);

            SortedMap<MunicipalityCode, Long> negated = LargestRemainder.split(-total, key);
            for (MunicipalityCode code : key.keySet()) {
                assertThat(negated.get(code)).as(context).isEqualTo(-parts.get(code));
            }
        }
    }

    /** Every +1 went to a remainder at least as large as each one left out, ties to the lower code. */
    private static void assertLargestRemaindersGotTheCents(long magnitude, Map<MunicipalityCode, Share> key,
            SortedMap<MunicipalityCode, Long> parts, boolean negative, String context) {
        List<MunicipalityCode> lucky = new ArrayList<>();
        List<MunicipalityCode> unlucky = new ArrayList<>();
        for (MunicipalityCode code : parts.keySet()) {
            long product = magnitude * key.get(code).millionths();
            long part = negative ? -parts.get(code) : parts.get(code);
            long base = product / Share.ONE;
            assertThat(part).as(context).isIn(base, base + 1);
            (part == base + 1 ? lucky : unlucky).add(code);
        }
        for (MunicipalityCode in : lucky) {
            for (MunicipalityCode out : unlucky) {
                long inRemainder = magnitude * key.get(in).millionths() % Share.ONE;
                long outRemainder = magnitude * key.get(out).millionths() % Share.ONE;
                boolean before = inRemainder > outRemainder || (inRemainder == outRemainder && in.compareTo(out) < 0);
                assertThat(before).as(context + ": " + in + " got a cent before " + out).isTrue();
            }
        }
    }

    static Map<MunicipalityCode, Share> randomKey(Random random) {
        int count = 1 + random.nextInt(random.nextBoolean() ? 4 : 40);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < count - 1; i++) {
            // Coarse cuts sometimes, so that equal shares and ties occur often.
            cuts.add(random.nextBoolean() ? random.nextInt(Share.ONE + 1) : random.nextInt(21) * 50_000);
        }
        cuts.add(0);
        cuts.add(Share.ONE);
        Collections.sort(cuts);
        TreeSet<Integer> codes = new TreeSet<>();
        while (codes.size() < count) {
            codes.add(random.nextInt(10_000));
        }
        Map<MunicipalityCode, Share> key = new LinkedHashMap<>();
        int i = 0;
        for (int c : codes) {
            key.put(code(c), new Share(cuts.get(i + 1) - cuts.get(i)));
            i++;
        }
        return key;
    }

    static long randomTotal(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextInt(201) - 100;
            case 1:
                return random.nextInt(20_000_001) - 10_000_000;
            case 2:
                return (random.nextLong() % 1_000_000_000_000L);
            default:
                return random.nextBoolean() ? 9_000_000_000_000L - random.nextInt(1000) : -9_000_000_000_000L;
        }
    }

    private static MunicipalityCode code(int number) {
        return MunicipalityCode.of(String.format("%04d", number));
    }
}
