package org.caresettle.core.results;

import java.util.List;

/**
 * A row of {@code landscape.csv} (issue 16 item 2): the providers of one product in one region, year to
 * date. {@code spendCents} is what the payment statements paid for it (DIRECT and OUTCOME_RELEASE);
 * {@code largestShareBp} and {@code largestThreeShareBp} the share of the largest and the three largest
 * providers in basis points; {@code hhi} the Herfindahl–Hirschman index on the providers' spend shares in
 * percent (0–10 000, rounded half up); {@code smallProviders} the providers under the small-volume share.
 */
public record LandscapeRow(String region, String law, String category, String code, int providers, long spendCents,
        String largestProvider, long largestShareBp, long largestThreeShareBp, long hhi, List<String> smallProviders) {

    public LandscapeRow {
        smallProviders = List.copyOf(smallProviders);
    }
}
