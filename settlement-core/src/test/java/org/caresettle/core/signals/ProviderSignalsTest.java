package org.caresettle.core.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caresettle.core.risk.RiskLevel;
import org.junit.jupiter.api.Test;

/** Each signal with a case that triggers it and a close case that must not, under the default thresholds. */
class ProviderSignalsTest {

    private static final SignalThresholds T = SignalThresholds.defaults();
    private static final String AGB = "11111111";

    private static ProviderActivity rejections(long received, long rejected, long receivedBefore, long rejectedBefore) {
        return new ProviderActivity(AGB, received, rejected, receivedBefore, rejectedBefore, refs("R", (int) rejected),
                0, List.of(), List.of(), List.of());
    }

    private static List<String> refs(String prefix, int count) {
        List<String> refs = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            refs.add(prefix + i);
        }
        return refs;
    }

    @Test
    void rejectionRateFromTenPercentIsWatchAboveTwentyFiveAlert() {
        assertThat(ProviderSignals.rejectionRate(rejections(100, 10, 0, 0), T).level()).isEqualTo(RiskLevel.WATCH);
        assertThat(ProviderSignals.rejectionRate(rejections(100, 9, 0, 0), T).level()).isEqualTo(RiskLevel.OK);
        assertThat(ProviderSignals.rejectionRate(rejections(100, 26, 0, 0), T).level()).isEqualTo(RiskLevel.ALERT);
        assertThat(ProviderSignals.rejectionRate(rejections(100, 25, 0, 0), T).level()).isEqualTo(RiskLevel.WATCH);
        SignalRow row = ProviderSignals.rejectionRate(rejections(100, 10, 0, 0), T);
        assertThat(row.value()).isEqualTo("10/100 (10.00%)");
        assertThat(row.detail()).startsWith("rejected: R1, R2").contains("R10");
    }

    @Test
    void aRiseOfFivePointsAgainstTheMonthBeforeIsWatchEvenBelowTheRate() {
        // 8 % now: OK by its rate; 2 % the month before: a rise of 6 points, WATCH
        SignalRow rising = ProviderSignals.rejectionRate(rejections(100, 8, 100, 2), T);
        assertThat(rising.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(rising.value()).isEqualTo("8/100 (8.00%); P-1 2/100 (2.00%), change +600 bp");
        // 4 % the month before: a rise of 4 points, OK
        assertThat(ProviderSignals.rejectionRate(rejections(100, 8, 100, 4), T).level()).isEqualTo(RiskLevel.OK);
        // 20 % (WATCH by rate) after 4 %: a rise of 16 points, ALERT
        assertThat(ProviderSignals.rejectionRate(rejections(100, 20, 100, 4), T).level()).isEqualTo(RiskLevel.ALERT);
    }

    @Test
    void tooFewLinesAreNotRated() {
        SignalRow row = ProviderSignals.rejectionRate(rejections(19, 19, 0, 0), T);
        assertThat(row.level()).isEqualTo(RiskLevel.OK);
        assertThat(row.detail()).contains("not rated");
        assertThat(ProviderSignals.rejectionRate(rejections(20, 19, 0, 0), T).level()).isEqualTo(RiskLevel.ALERT);
    }

    private static ProviderActivity atCap(long debits, int atCap) {
        return new ProviderActivity(AGB, debits, 0, 0, 0, List.of(), debits, refs("C", atCap), List.of(), List.of());
    }

    @Test
    void halfTheLinesAtTheVolumeCapIsWatch() {
        assertThat(ProviderSignals.atVolumeCap(atCap(40, 20), T).level()).isEqualTo(RiskLevel.WATCH);
        assertThat(ProviderSignals.atVolumeCap(atCap(40, 19), T).level()).isEqualTo(RiskLevel.OK);
        assertThat(ProviderSignals.atVolumeCap(atCap(40, 33), T).level()).isEqualTo(RiskLevel.ALERT);
        assertThat(ProviderSignals.atVolumeCap(atCap(40, 32), T).level()).isEqualTo(RiskLevel.WATCH);
        assertThat(ProviderSignals.atVolumeCap(atCap(40, 20), T).detail()).startsWith("at the cap: C1, C2");
    }

    private static ProviderActivity redeclared(int count) {
        return new ProviderActivity(AGB, 0, 0, 0, 0, List.of(), 0, List.of(), refs("K", count), List.of());
    }

    @Test
    void threeCreditsDeclaredAgainAreWatch() {
        assertThat(ProviderSignals.creditRedeclared(redeclared(3), T).level()).isEqualTo(RiskLevel.WATCH);
        assertThat(ProviderSignals.creditRedeclared(redeclared(2), T).level()).isEqualTo(RiskLevel.OK);
        assertThat(ProviderSignals.creditRedeclared(redeclared(11), T).level()).isEqualTo(RiskLevel.ALERT);
        assertThat(ProviderSignals.creditRedeclared(redeclared(10), T).level()).isEqualTo(RiskLevel.WATCH);
    }

    @Test
    void costPerClientFromOneAndAHalfTimesTheRegionsMedianIsWatch() {
        // median of 100, 100, 150 per client = 100; 150 is exactly 150 %: WATCH
        List<ProductCost> costs = List.of(new ProductCost("R", "JW/45/45A01", "A", 10_000, 100),
                new ProductCost("R", "JW/45/45A01", "B", 1_000, 10), new ProductCost("R", "JW/45/45A01", AGB, 1_500, 10));
        SignalRow row = ProviderSignals.costRow(AGB, costs, T);
        assertThat(row.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(row.detail()).contains("R JW/45/45A01 150.00% of median");

        List<ProductCost> nearMiss = List.of(costs.get(0), costs.get(1),
                new ProductCost("R", "JW/45/45A01", AGB, 1_499, 10));
        assertThat(ProviderSignals.costRow(AGB, nearMiss, T).level()).isEqualTo(RiskLevel.OK);

        List<ProductCost> twoProviders = List.of(costs.get(1), new ProductCost("R", "JW/45/45A01", AGB, 9_000, 10));
        assertThat(ProviderSignals.costRow(AGB, twoProviders, T).level()).as("no median of two").isEqualTo(RiskLevel.OK);
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<ProductCost> costs = List.of(new ProductCost("R", "P", "A", 100, 1), new ProductCost("R", "P", "B", 200, 1),
                new ProductCost("R", "P", "C", 300, 1), new ProductCost("R", "P", AGB, 501, 1));
        // median (200 + 300) / 2 = 250; 501 / 250 = 200.4 % > 200 %: ALERT; 500 is exactly 200 %: WATCH
        assertThat(ProviderSignals.costRow(AGB, costs, T).level()).isEqualTo(RiskLevel.ALERT);
        List<ProductCost> exactly = List.of(costs.get(0), costs.get(1), costs.get(2), new ProductCost("R", "P", AGB, 500, 1));
        assertThat(ProviderSignals.costRow(AGB, exactly, T).level()).isEqualTo(RiskLevel.WATCH);
    }

    private static ProviderActivity achieved(int soonDays, int soon, int late) {
        List<ProviderActivity.Achieved> outcomes = new ArrayList<>();
        LocalDate start = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < soon; i++) {
            outcomes.add(new ProviderActivity.Achieved("0405/" + i, start, start.plusDays(soonDays)));
        }
        for (int i = 0; i < late; i++) {
            outcomes.add(new ProviderActivity.Achieved("0405/L" + i, start, start.plusDays(200)));
        }
        return new ProviderActivity(AGB, 0, 0, 0, 0, List.of(), 0, List.of(), List.of(), outcomes);
    }

    @Test
    void aQuarterOfAchievedOutcomesWithinThirtyDaysIsWatch() {
        SignalRow row = ProviderSignals.achievedSoon(achieved(29, 1, 3), T);
        assertThat(row.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(row.detail()).isEqualTo("allocations: 0405/0 (29 days)");
        assertThat(ProviderSignals.achievedSoon(achieved(30, 1, 3), T).level()).as("30 days is not soon")
                .isEqualTo(RiskLevel.OK);
        assertThat(ProviderSignals.achievedSoon(achieved(29, 1, 4), T).level()).as("1 of 5").isEqualTo(RiskLevel.OK);
        assertThat(ProviderSignals.achievedSoon(achieved(5, 3, 2), T).level()).isEqualTo(RiskLevel.ALERT);
    }

    @Test
    void aClientDeclaredByThreeProvidersInOneMonthIsWatch() {
        SharedClient three = new SharedClient(Map.of(AGB, List.of("X1"), "B", List.of("Y1"), "C", List.of("Z1")));
        SharedClient two = new SharedClient(Map.of(AGB, List.of("X2"), "B", List.of("Y2")));
        SharedClient five = new SharedClient(Map.of(AGB, List.of("X3"), "B", List.of("Y3"), "C", List.of("Z3"),
                "D", List.of("W3"), "E", List.of("V3")));

        SignalRow watch = ProviderSignals.manyProviders(AGB, List.of(three, two), T);
        assertThat(watch.level()).isEqualTo(RiskLevel.WATCH);
        assertThat(watch.detail()).isEqualTo("lines: X1 (3 providers)");
        assertThat(ProviderSignals.manyProviders(AGB, List.of(two), T).level()).isEqualTo(RiskLevel.OK);
        assertThat(ProviderSignals.manyProviders(AGB, List.of(five), T).level()).isEqualTo(RiskLevel.ALERT);
        assertThat(ProviderSignals.manyProviders("F", List.of(five), T).level()).as("not one of them")
                .isEqualTo(RiskLevel.OK);
    }

    @Test
    void everyProviderGetsTheSixSignalsInOrder() {
        List<SignalRow> rows = ProviderSignals.compute(List.of(rejections(100, 10, 0, 0)), List.of(), List.of(), T);
        assertThat(rows).extracting(SignalRow::signal).containsExactly(Signal.values());
    }
}
