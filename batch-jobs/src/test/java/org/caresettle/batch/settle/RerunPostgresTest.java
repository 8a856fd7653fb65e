package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class RerunPostgresTest extends RerunContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
