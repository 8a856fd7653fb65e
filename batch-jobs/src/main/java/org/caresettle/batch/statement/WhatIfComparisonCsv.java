package org.caresettle.batch.statement;

import java.util.List;

/**
 * {@code comparison.csv} of a pooling-key what-if (issue 14 item 3): one row per municipality, the
 * published and the what-if invoice total and pooling adjustment, in cents. {@code settle} writes it,
 * the console reads it back.
 */
public final class WhatIfComparisonCsv {

    public static final String FILE = "comparison.csv";
    public static final List<String> COLUMNS = List.of("municipality_code", "published_total_cents",
            "whatif_total_cents", "difference_cents", "published_pooling_cents", "whatif_pooling_cents");

    private WhatIfComparisonCsv() {
    }
}
