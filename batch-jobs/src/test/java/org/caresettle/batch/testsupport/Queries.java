package org.caresettle.batch.testsupport;

import org.caresettle.schema.testsupport.TestDatabase;

/** Looks inside a test database after a command ran. */
public final class Queries {

    private Queries() {
    }

    public static long count(TestDatabase database, String sql) {
        return ((Number) database.dsl().fetchValue(sql)).longValue();
    }
}
