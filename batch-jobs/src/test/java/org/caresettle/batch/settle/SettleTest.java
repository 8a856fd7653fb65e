package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class SettleTest extends SettleContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
