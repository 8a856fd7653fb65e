package org.caresettle.core.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.Period;

/**
 * The RESULT lines of every period added up per release group (SPEC 7.2). Only RESULT-priced lines
 * join: a line of another financing withholds nothing and its arrangement has no release
 * percentage, so it neither adds to W nor decides the partial release.
 */
final class ReleaseGroups {

    private final Period period;
    private final Map<ReleaseGroupKey, ReleaseGroup> groups = new HashMap<>();

    ReleaseGroups(Period period) {
        this.period = period;
    }

    void add(PricedLine priced) {
        if (priced.financing() != Financing.RESULT) {
            return;
        }
        groups.computeIfAbsent(ReleaseGroupKey.of(priced.line()), key -> new ReleaseGroup(key, priced.pooled()))
                .add(priced, period);
    }

    /** The groups' releases booked in the period, non-zero ones only, by group. */
    List<Release> releases(ReferenceData reference) {
        List<Release> releases = new ArrayList<>();
        groups.forEach((key, group) -> {
            if (group.hasLineUpToPeriod()) {
                Release release = group.release(period, reference.outcome(key.municipality(), key.allocationNumber()));
                if (release.bookedCents() != 0) {
                    releases.add(release);
                }
            }
        });
        releases.sort((a, b) -> a.group().compareTo(b.group()));
        return releases;
    }
}
