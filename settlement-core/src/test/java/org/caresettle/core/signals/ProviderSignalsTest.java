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

    @Test
    void aReferenceRejectedInTwoFilesIsNamedOnceWithItsCount() {
        // The sample's Kompas: each rejected reference sent twice (two files), so 22 rejected lines are 11 references.
        List<String> twice = new ArrayList<>();
        refs("KO", 11).forEach(r -> twice.addAll(List.of(r, r)));
        ProviderActivity kompas = new ProviderActivity(AGB, 47, 22, 25, 0, twice, 0, List.of(), List.of(), List.of());
        SignalRow row = ProviderSignals.rejectionRate(kompas, T);
        assertThat(row.level()).isEqualTo(RiskLevel.ALERT);
        assertThat(row.detail()).startsWith("rejected: KO1 (2×), KO2 (2×)").endsWith("KO11 (2×)").doesNotContain("more");
        assertThat(row.items()).hasSize(11).first().isEqualTo(new SignalItem("KO1", List.of(2L)));
        assertThat(row.itemsNotListed()).isZero();
        assertThat(row.measure()).isEqualTo(new SignalMeasure(22L, 47L, 4681L, 0L, 25L, 0L, 4681L));
        assertThat(row.limits()).isEqualTo(new SignalLimits(1_000, 2_500, SignalLimits.Unit.BASIS_POINTS, 500L, 1_500L,
                20L, null));
        assertThat(row.notRated()).isNull();
        // A reference named once stays as it is.
        assertThat(ProviderSignals.rejectionRate(rejections(100, 10, 0, 0), T).items())
                .allSatisfy(item -> assertThat(item.figures()).containsExactly(1L));
    }

    @Test
    void pastTwentyItemsTheRestIsCounted() {
        SignalRow row = ProviderSignals.rejectionRate(rejections(100, 30, 0, 0), T);
        assertThat(row.items()).hasSize(20);
        assertThat(row.itemsNotListed()).isEqualTo(10);
        assertThat(row.detail()).endsWith("R20, and 10 more");
    }

    @Test
    void aSignalNotRatedSaysWhyAsACode() {
        assertThat(ProviderSignals.rejectionRate(rejections(19, 19, 0, 0), T).notRated()).isEqualTo(NotRated.TOO_FEW_LINES);
        assertThat(ProviderSignals.atVolumeCap(atCap(19, 19), T).notRated()).isEqualTo(NotRated.TOO_FEW_ACCEPTED_LINES);
        SignalRow cost = ProviderSignals.costRow(AGB, List.of(), T);
        assertThat(cost.notRated()).isEqualTo(NotRated.TOO_FEW_PROVIDERS);
        assertThat(cost.measure()).isEqualTo(new SignalMeasure(null, null, null, null, null, null, null));
        SignalRow none = ProviderSignals.achievedSoon(achieved(29, 0, 0), T);
        assertThat(none.notRated()).isEqualTo(NotRated.NO_ACHIEVED);
        assertThat(none.limits().withinDays()).isEqualTo(30L);
        assertThat(ProviderSignals.achievedSoon(achieved(29, 1, 3), T).notRated()).isNull();
    }

    @Test
    void theFiguresBehindTheWordsAreNumbers() {
        List<ProductCost> costs = List.of(new ProductCost("R", "JW/45/45A01", "A", 10_000, 100),
                new ProductCost("R", "JW/45/45A01", "B", 1_000, 10), new ProductCost("R", "JW/45/45A01", AGB, 2_500, 10));
        SignalRow cost = ProviderSignals.costRow(AGB, costs, T);
        assertThat(cost.measure().shareBp()).isEqualTo(25_000L);
        assertThat(cost.items()).containsExactly(new SignalItem("R JW/45/45A01", List.of(25_000L, 250L, 100L)));
        assertThat(ProviderSignals.achievedSoon(achieved(29, 1, 3), T).items())
                .containsExactly(new SignalItem("0405/0", List.of(29L)));
        SharedClient three = new SharedClient(Map.of(AGB, List.of("X1", "X2"), "B", List.of("Y1"), "C", List.of("Z1")));
        SignalRow many = ProviderSignals.manyProviders(AGB, List.of(three), T);
        assertThat(many.value()).isEqualTo("1 client");
        assertThat(many.measure().count()).isEqualTo(1L);
        assertThat(many.items()).containsExactly(new SignalItem("X1 X2", List.of(3L)));
        assertThat(many.limits()).isEqualTo(new SignalLimits(3, 4, SignalLimits.Unit.COUNT, null, null, null, null));
        SignalRow credits = ProviderSignals.creditRedeclared(new ProviderActivity(AGB, 0, 0, 0, 0, List.of(), 0,
                List.of(), List.of("K1→N1", "K1→N1", "K2→N2"), List.of()), T);
        assertThat(credits.value()).isEqualTo("3");
        assertThat(credits.detail()).isEqualTo("credit→new line: K1→N1 (2×), K2→N2");
    }
}
