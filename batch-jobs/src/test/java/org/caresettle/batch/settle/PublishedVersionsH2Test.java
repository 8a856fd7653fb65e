package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class PublishedVersionsH2Test extends PublishedVersionsContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
