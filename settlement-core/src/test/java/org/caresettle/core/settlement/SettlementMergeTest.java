package org.caresettle.core.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caresettle.core.settlement.WorkedExample.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.caresettle.core.reference.OutcomeKind;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.testing.Seeds;
import org.caresettle.core.value.Period;
import org.junit.jupiter.api.Test;

/** Settling a period by parts of its regions and merging them gives the settlement of the whole. */
class SettlementMergeTest {

    @Test
    void theWorkedExampleMergesToTheWholeAlsoWithAnEmptyPart() {
        Settlement whole = settle(MARCH, reference(), linesUpToMarch());

        Settlement merged = SettlementMerge.merge(MARCH, 1, List.of(
                part(MARCH, 1, reference(), linesUpToMarch(), Set.of()),
                part(MARCH, 1, reference(), linesUpToMarch(), Set.of("WF"))), Optional.empty());

        assertSame(whole, merged, "worked example");
    }

    @Test
    void theMergeComputesTheCorrectionsAgainstTheWholePreviousVersion() {
        Settlement first = settle(MARCH, reference(), linesUpToMarch());
        ReferenceData partial = reference(arrangements(), key2026(),
                List.of(outcome2001(OutcomeKind.PARTIAL, java.time.LocalDate.of(2026, 3, 20))));
        Settlement whole = PeriodSettlement.settle(SettlementRequest.nextVersion(MARCH, 2, partial,
                linesUpToMarch().iterator(), first.invoiceLines()));

        Settlement merged = SettlementMerge.merge(MARCH, 2,
                List.of(part(MARCH, 2, partial, linesUpToMarch(), Set.of("WF"))), Optional.of(first.invoiceLines()));

        assertSame(whole, merged, "second version");
        assertThat(merged.corrections().orElseThrow()).hasSize(7);
    }

    @Test
    void aPartLeavesOutTheLinesAndAvailabilityOfOtherRegions() {
        Settlement other = part(MARCH, 1, reference(), linesUpToMarch(), Set.of("NK"));

        assertThat(other.invoices()).isEmpty();
        assertThat(other.payments()).isEmpty();
        assertThat(other.availability()).isEmpty();
        assertThat(other.totals()).isEqualTo(new SettlementTotals(0, 0, 0, 0, 0));
    }

    @Test
    void overlappingPartsAreRefused() {
        Settlement wf = part(MARCH, 1, reference(), linesUpToMarch(), Set.of("WF"));

        assertThatThrownBy(() -> SettlementMerge.merge(MARCH, 1, List.of(wf, wf), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invoiced in two parts");
    }

    @Test
    void aPartIsSettledWithoutPreviousLines() {
        assertThatThrownBy(() -> new SettlementRequest(MARCH, 2, reference(), linesUpToMarch().iterator(),
                Optional.of(List.of()), Optional.of(new TreeSet<>(Set.of("WF")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("merge computes the corrections");
    }

    @Test
    void randomSplitsOfTheRegionsMergeToTheWhole() {
        long seed = Seeds.seed();
        Random random = new Random(seed);
        for (int round = 0; round < 30; round++) {
            String context = "seed " + seed + " (-Dcore.seed=" + seed + "), round " + round;
            SettlementPropertyTest.World world = SettlementPropertyTest.World.random(random);
            Period period = Period.of(2026, 1 + random.nextInt(6));
            boolean rerun = random.nextBoolean();
            Optional<List<StatementLine>> previous = rerun
                    ? Optional.of(PeriodSettlement.settle(SettlementRequest.firstVersion(period, world.reference,
                            world.lines.subList(0, random.nextInt(world.lines.size())).iterator())).invoiceLines())
                    : Optional.empty();
            int version = rerun ? 2 : 1;
            Settlement whole = PeriodSettlement.settle(new SettlementRequest(period, version, world.reference,
                    world.lines.iterator(), previous));

            List<Set<String>> split = randomSplit(random, new TreeSet<>(world.regionOf.values()));
            List<Settlement> parts = new ArrayList<>();
            for (Set<String> regions : split) {
                parts.add(part(period, version, world.reference, world.lines, regions));
            }
            Settlement merged;
            try {
                merged = SettlementMerge.merge(period, version, parts, previous);
            } catch (RuntimeException e) {
                throw new AssertionError(context + ", split " + split, e);
            }
            assertSame(whole, merged, context + ", split " + split);
        }
    }

    /** The regions dealt at random over one to four parts; a part may get none. */
    private static List<Set<String>> randomSplit(Random random, TreeSet<String> regions) {
        List<Set<String>> parts = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            parts.add(new TreeSet<>());
        }
        for (String region : regions) {
            parts.get(random.nextInt(count)).add(region);
        }
        return parts;
    }

    private static Settlement part(Period period, int version, ReferenceData reference, List<AcceptedLine> lines,
            Set<String> regions) {
        return PeriodSettlement.settle(SettlementRequest.part(period, version, reference, lines.iterator(), regions));
    }

    private static void assertSame(Settlement whole, Settlement merged, String context) {
        assertThat(merged.period()).as(context + ": period").isEqualTo(whole.period());
        assertThat(merged.version()).as(context + ": version").isEqualTo(whole.version());
        assertThat(merged.invoices()).as(context + ": invoices").isEqualTo(whole.invoices());
        assertThat(merged.payments()).as(context + ": payments").isEqualTo(whole.payments());
        assertThat(merged.releases()).as(context + ": releases").isEqualTo(whole.releases());
        assertThat(merged.pools()).as(context + ": pools").isEqualTo(whole.pools());
        assertThat(merged.availability()).as(context + ": availability").isEqualTo(whole.availability());
        assertThat(merged.corrections()).as(context + ": corrections").isEqualTo(whole.corrections());
        assertThat(merged.totals()).as(context + ": totals").isEqualTo(whole.totals());
    }
}
