package org.caresettle.batch.explain;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class ExplainPostgresTest extends ExplainContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
