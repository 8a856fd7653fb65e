package org.caresettle.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatioAndBandTest {

    private static final Band BUDGET = new Band(9_500, 10_500);

    @Test
    void bandIsWatchFromAndAlertAbove() {
        assertThat(BUDGET.level(Ratio.of(9_499, 10_000))).isEqualTo(RiskLevel.OK);
        assertThat(BUDGET.level(Ratio.of(95, 100))).isEqualTo(RiskLevel.WATCH);
        assertThat(BUDGET.level(Ratio.of(105, 100))).isEqualTo(RiskLevel.WATCH);
        // 105.0001 %: one part in a million above; no rounding may hide it.
        assertThat(BUDGET.level(Ratio.of(1_050_001, 1_000_000))).isEqualTo(RiskLevel.ALERT);
        RiskThreshold threshold = new RiskThreshold(BUDGET, RiskUnit.PERCENT, "of the budget");
        assertThat(threshold.text()).isEqualTo("WATCH from 95.00%, ALERT above 105.00% of the budget");
        assertThat(threshold.watchFrom()).isEqualTo("95.00");
        assertThat(threshold.alertAbove()).isEqualTo("105.00");
        RiskThreshold change = new RiskThreshold(new Band(1_000, 2_500), RiskUnit.BASIS_POINTS, "");
        assertThat(change.text()).isEqualTo("WATCH from +1000 bp, ALERT above +2500 bp");
        assertThat(change.watchFrom()).isEqualTo("1000");
        assertThat(change.alertAbove()).isEqualTo("2500");
    }

    @Test
    void bandRefusesWatchAboveAlert() {
        assertThatThrownBy(() -> new Band(10_000, 9_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void roundsHalfUpOnTheAbsoluteValueForPrinting() {
        // 1/8 = 1250 bp exactly; 1/3 = 3333.33 bp → 3333; 2/3 = 6666.67 → 6667; 1/20000 = 0.5 bp → 1.
        assertThat(Ratio.of(1, 8).roundedBasisPoints()).isEqualTo(1_250);
        assertThat(Ratio.of(1, 3).roundedBasisPoints()).isEqualTo(3_333);
        assertThat(Ratio.of(2, 3).roundedBasisPoints()).isEqualTo(6_667);
        assertThat(Ratio.of(1, 20_000).roundedBasisPoints()).isEqualTo(1);
        assertThat(Ratio.of(-1, 20_000).roundedBasisPoints()).isEqualTo(-1);
        assertThat(Ratio.of(5, -2).rounded()).isEqualTo(-3);
    }

    @Test
    void comparesExactlyBeyondTheRangeOfALong() {
        // National sums: 10^13 cents × 10^6 clients overflows a long; the comparison must not.
        Ratio a = Ratio.of(10_000_000_000_000L, 1_000_001L);
        Ratio b = Ratio.of(10_000_000_000_001L, 1_000_001L);
        assertThat(a.compareTo(b)).isNegative();
        assertThat(Ratio.of(2, 4)).isEqualTo(Ratio.of(1, 2)).hasSameHashCodeAs(Ratio.of(1, 2));
    }

    @Test
    void formatsPercentagesAndListsFromIntegers() {
        assertThat(RiskFormat.percent(9_620)).isEqualTo("96.20%");
        assertThat(RiskFormat.percent(5)).isEqualTo("0.05%");
        assertThat(RiskFormat.percent(-150)).isEqualTo("-1.50%");
        assertThat(RiskFormat.signedBasisPoints(1_250)).isEqualTo("+1250");
        assertThat(RiskFormat.signedBasisPoints(0)).isEqualTo("0");
        assertThat(RiskFormat.signedBasisPoints(-300)).isEqualTo("-300");
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 23).mapToObj(Integer::toString).toList();
        assertThat(RiskFormat.list(many)).endsWith(", 19, 20, and 3 more");
        assertThat(RiskFormat.list(many.subList(0, 20))).endsWith(", 19, 20");
    }
}
