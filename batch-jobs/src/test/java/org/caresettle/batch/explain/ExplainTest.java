package org.caresettle.batch.explain;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class ExplainTest extends ExplainContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
