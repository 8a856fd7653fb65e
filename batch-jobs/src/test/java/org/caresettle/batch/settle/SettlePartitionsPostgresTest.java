package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class SettlePartitionsPostgresTest extends SettlePartitionsContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
