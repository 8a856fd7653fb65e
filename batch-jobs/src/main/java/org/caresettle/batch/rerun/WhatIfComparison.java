package org.caresettle.batch.rerun;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A pooling-key what-if as its folder {@code OUT/whatif/<period>/<id>/} holds it: when it ran, the
 * published version it compares with, and per municipality its {@code comparison.csv} row.
 */
public record WhatIfComparison(String id, String period, int publishedVersion, LocalDateTime ranAt,
        List<Row> rows) {

    public WhatIfComparison {
        rows = List.copyOf(rows);
    }

    /** One row of {@code comparison.csv}. */
    public record Row(String municipality, long publishedTotalCents, long whatIfTotalCents,
            long publishedPoolingCents, long whatIfPoolingCents) {

        public long differenceCents() {
            return whatIfTotalCents - publishedTotalCents;
        }
    }

    /** Σ differences: 0, since a pooling key only moves money between municipalities. */
    public long differenceCents() {
        return rows.stream().mapToLong(Row::differenceCents).reduce(0, Math::addExact);
    }
}
