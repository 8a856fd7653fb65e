package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class ApprovalCrashPostgresTest extends ApprovalCrashContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
