package org.caresettle.batch.ingest;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's planner statistics once the ingest's bulk writes are in. A database that
 * has just taken a national month (reference data, a million lines) and has not been analysed since
 * (autovacuum off, as on the CI machine, or not yet round) has the planner take every table for a
 * handful of rows: the report's allocation query then runs the aggregation of all accepted lines
 * once per allocation and does not end within the night (seen at 1M lines, issue 7 benchmark).
 * {@code ANALYZE} samples each table, a few seconds at that size. H2 keeps its statistics itself.
 */
@Component
class PlannerStatistics {

    private final DSLContext dsl;

    PlannerStatistics(DSLContext dsl) {
        this.dsl = dsl;
    }

    void refresh() {
        if (dsl.dialect().family() == SQLDialect.POSTGRES) {
            dsl.execute("analyze");
        }
    }
}
