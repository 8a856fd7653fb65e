package org.caresettle.batch.console;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.caresettle.core.value.MunicipalityCode;

/**
 * The invoice totals a viewer may see: every municipality's for finance and auditor, a municipality
 * user's own only, none for the operator. The region's sum is an aggregate, which every role that
 * reads amounts may see.
 */
final class VisibleTotals {

    private VisibleTotals() {
    }

    static SortedMap<String, Long> of(Viewer viewer, Map<String, Long> totals) {
        SortedMap<String, Long> visible = new TreeMap<>();
        totals.forEach((code, cents) -> {
            if (viewer.mayReadMunicipality(MunicipalityCode.of(code))) {
                visible.put(code, cents);
            }
        });
        return visible;
    }

    /** The region's sum, or null when the viewer reads no amounts. */
    static Long regionTotal(Viewer viewer, Map<String, Long> totals) {
        return viewer.mayReadRegionTotals() ? totals.values().stream().mapToLong(Long::longValue).sum() : null;
    }
}
