package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class SettlePartitionsH2Test extends SettlePartitionsContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
