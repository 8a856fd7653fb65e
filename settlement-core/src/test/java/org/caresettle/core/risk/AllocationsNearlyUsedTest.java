package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.caresettle.core.value.Frequency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AllocationsNearlyUsedTest {

    private static final Band BAND = RiskThresholds.DEFAULTS.allocationUse();

    @Test
    void countsAllocationsFromNinetyPercentOfVolumeOrBudget() {
        // 1001: total 40 h, 36 used = 90.00 % → WATCH.
        // 2001: monthly 10 h, 10 used: renews every month, not measured; budget 1 000 of 1 200 = 83.33 % → OK.
        // 3001: total 100, 50 used = 50 %; budget 10 000, 9 950 used = 99.50 % → WATCH by budget.
        // 0999: total 10, 11 used = 110.00 % (lowered after use) → ALERT.
        // 4001: no budget, monthly: nothing to measure.
        List<AllocationUse> uses = List.of(
                new AllocationUse("1001", Frequency.TOTAL, 40, 36, null, 0),
                new AllocationUse("2001", Frequency.PER_MONTH, 10, 10, 1_200L, 1_000),
                new AllocationUse("3001", Frequency.TOTAL, 100, 50, 10_000L, 9_950),
                new AllocationUse("0999", Frequency.TOTAL, 10, 11, null, 0),
                new AllocationUse("4001", Frequency.PER_WEEK, 8, 8, null, 0));

        RiskRow row = AllocationsNearlyUsed.row(uses, BAND);

        assertThat(row.cells()).containsExactly("allocations_nearly_used", "3", "count", "90.00", "100.00",
                "percent", "ALERT", "WATCH from 90.00%, ALERT above 100.00% of volume or budget used, per allocation",
                "3 of 5 allocations: 0999 volume 110.00%, 3001 budget 99.50%, 1001 volume 90.00%");
    }

    @ParameterizedTest(name = "{0} of 1000 used → {1}")
    @CsvSource({"899, OK", "900, WATCH", "1000, WATCH", "1001, ALERT"})
    void levelBoundaries(long used, RiskLevel level) {
        RiskRow byVolume = AllocationsNearlyUsed.row(
                List.of(new AllocationUse("1", Frequency.TOTAL, 1_000, used, null, 0)), BAND);
        RiskRow byBudget = AllocationsNearlyUsed.row(
                List.of(new AllocationUse("1", Frequency.PER_DAY, 1, 1, 1_000L, used)), BAND);

        assertThat(byVolume.level()).isEqualTo(level);
        assertThat(byBudget.level()).isEqualTo(level);
        assertThat(byBudget.value()).isEqualTo(level == RiskLevel.OK ? "0" : "1");
    }

    @Test
    void equalUseIsOrderedByAllocationNumberAsANumber() {
        // 95 % each; 999 before 1000 before 01001 (= 1001) before 1001 as text.
        List<AllocationUse> uses = List.of(
                new AllocationUse("1001", Frequency.TOTAL, 20, 19, null, 0),
                new AllocationUse("1000", Frequency.TOTAL, 20, 19, null, 0),
                new AllocationUse("01001", Frequency.TOTAL, 20, 19, null, 0),
                new AllocationUse("999", Frequency.TOTAL, 20, 19, null, 0));

        assertThat(AllocationsNearlyUsed.row(uses, BAND).detail())
                .isEqualTo("4 of 4 allocations: 999 volume 95.00%, 1000 volume 95.00%, 01001 volume 95.00%,"
                        + " 1001 volume 95.00%");
    }

    @Test
    void zeroVolumeOrBudgetIsNotMeasured() {
        RiskRow row = AllocationsNearlyUsed.row(List.of(new AllocationUse("7", Frequency.TOTAL, 0, 0, 0L, 0)), BAND);

        assertThat(row.level()).isEqualTo(RiskLevel.OK);
        assertThat(row.detail()).isEqualTo("none of 1 allocations");
    }
}
