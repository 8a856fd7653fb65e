package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class PreviewPostgresTest extends PreviewContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
