package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class PreviewH2Test extends PreviewContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
