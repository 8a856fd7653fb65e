package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class RerunH2Test extends RerunContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
