package org.caresettle.core.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caresettle.core.value.Frequency;

/**
 * SPEC 11 allocations nearly used up: allocations with at least the band's WATCH share (90 %) of their
 * volume or budget used; the value is their count, the detail lists the allocation numbers, fullest
 * first, with the measure that counted.
 *
 * <p>Volume counts only for frequency 6 (a total over the allocation): a volume per day, week or month
 * renews every period, is capped by check 9321 month by month, and cannot be used up. A budget counts
 * for any frequency. A volume or budget of 0 or less is not measured (check 9322/9369 already rejects
 * every line on it). Exactly 100 % used is WATCH like 90 %; ALERT means more was used than the
 * allocation now allows (it was lowered after use), which the checks alone cannot have let through.
 */
public final class AllocationsNearlyUsed {

    private AllocationsNearlyUsed() {
    }

    private record Use(String allocationNumber, String measure, Ratio share, RiskLevel level) {
    }

    public static RiskRow row(List<AllocationUse> allocations, Band band) {
        List<Use> flagged = new ArrayList<>();
        RiskLevel worst = RiskLevel.OK;
        for (AllocationUse allocation : allocations) {
            Use use = fullest(allocation, band);
            if (use != null && use.level() != RiskLevel.OK) {
                flagged.add(use);
                worst = worst.worst(use.level());
            }
        }
        flagged.sort(Comparator.comparing(Use::share).reversed()
                .thenComparing(Use::allocationNumber, AllocationUse.NUMBER_ORDER));
        String detail = flagged.isEmpty()
                ? "none of " + allocations.size() + " allocations"
                : flagged.size() + " of " + allocations.size() + " allocations: " + RiskFormat.list(flagged.stream()
                        .map(u -> u.allocationNumber() + " " + u.measure() + " " + RiskFormat.percent(u.share()))
                        .toList());
        return new RiskRow(RiskIndicator.ALLOCATIONS_NEARLY_USED, null, RiskFigure.count(flagged.size()),
                new RiskThreshold(band, RiskUnit.PERCENT, "of volume or budget used, per allocation"), worst, detail);
    }

    /** The larger of the measured shares; volume wins a tie, as the first thing an allocation limits. */
    private static Use fullest(AllocationUse allocation, Band band) {
        Use best = null;
        if (allocation.frequency() == Frequency.TOTAL && allocation.volume() > 0) {
            best = use(allocation, "volume", Ratio.of(allocation.usedVolume(), allocation.volume()), band);
        }
        Long budget = allocation.budgetCents();
        if (budget != null && budget > 0) {
            Use byBudget = use(allocation, "budget", Ratio.of(allocation.usedBudgetCents(), budget), band);
            if (best == null || byBudget.share().compareTo(best.share()) > 0) {
                best = byBudget;
            }
        }
        return best;
    }

    private static Use use(AllocationUse allocation, String measure, Ratio share, Band band) {
        return new Use(allocation.allocationNumber(), measure, share, band.level(share));
    }
}
