package org.caresettle.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Hand-worked splits of a DIRECT line's difference; every case also checks that the parts add up. */
class VolumeTariffSplitTest {

    @Test
    void moreHoursAtTheSameTariffAreAllVolume() {
        // 8 h → 10 h at 85.50: 2 × 8550.
        assertSplit(8, 68400, 10, 85500, 17100, 0);
    }

    @Test
    void aNewTariffOnTheSameHoursIsAllTariff() {
        // 8 h at 85.50 → 8 h at 88.00: 8 × 250.
        assertSplit(8, 68400, 8, 70400, 0, 2000);
    }

    @Test
    void moreHoursAtANewTariffSplitIntoBoth() {
        // 10 h at 85.50 → 12 h at 88.00: volume 2 × 8550 = 17100, tariff 12 × 250 = 3000.
        assertSplit(10, 85500, 12, 105600, 17100, 3000);
    }

    @Test
    void theVolumeEffectIsRoundedAndTheTariffEffectTakesTheRemainder() {
        // T0 = 1000/3: volume = 1 × 333.33… → 333; exact tariff 4 × (350 − 333.33…) = 66.67, gets 67.
        assertSplit(3, 1000, 4, 1400, 333, 67);
        // T0 = 500.5: volume 500.5 → 501 (half up); exact tariff 3 × (500 − 500.5) = −1.5, gets −2.
        assertSplit(2, 1001, 3, 1500, 501, -2);
    }

    @Test
    void halfUpIsOnTheAbsoluteValue() {
        // volume −1 × 500.5 = −500.5 → −501; exact tariff 1 × (500 − 500.5) = −0.5, gets 0.
        assertSplit(2, 1001, 1, 500, -501, 0);
    }

    @Test
    void aNewLineIsAllVolumeAndSoIsAVanishedOne() {
        assertSplit(0, 0, 8, 68400, 68400, 0);
        assertSplit(8, 68400, 0, 0, -68400, 0);
    }

    @Test
    void withoutEarlierVolumeTheLaterTariffStandsIn() {
        // Earlier a credit and a debit netting to 0 h but 50.00; now 2 h at 85.50.
        assertSplit(0, 5000, 2, 17100, 17100, -5000);
    }

    @Test
    void withoutVolumeOnEitherSideTheDifferenceIsTariff() {
        assertSplit(0, -5000, 0, 3000, 0, 8000);
    }

    @Test
    void volumeThatNetsToZeroLeavesTheMoneyThatStaysAsTariff() {
        // 1 piece at 4050.00; now a credit of it beside a new debit at 4100.00: 0 pieces, 50.00.
        // Volume −1 × 4050.00 takes the line away; the 50.00 left is a tariff effect.
        assertSplit(1, 405000, 0, 5000, -405000, 5000);
    }

    @Test
    void aCreditBookedInTheLaterPeriodGivesNegativeVolume() {
        // March: 1 piece 4050.00; April: the credit of it, −1 piece −4050.00.
        assertSplit(1, 405000, -1, -405000, -810000, 0);
    }

    @Test
    void productsBeyondALongAreExact() {
        // (1.5e6 − 1e6) × 4e18 would overflow a long; the effect itself (2e18) does not.
        assertSplit(1_000_000, 4_000_000_000_000_000_000L, 1_500_000, 6_000_000_000_000_000_000L,
                2_000_000_000_000_000_000L, 0);
    }

    private static void assertSplit(long v0, long a0, long v1, long a1, long volume, long tariff) {
        VolumeTariffSplit split = VolumeTariffSplit.of(v0, a0, v1, a1);
        assertThat(split).isEqualTo(new VolumeTariffSplit(volume, tariff));
        assertThat(split.differenceCents()).isEqualTo(a1 - a0);
    }
}
