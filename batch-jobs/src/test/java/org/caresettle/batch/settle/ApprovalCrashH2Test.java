package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

/** On an H2 file database, which the killed JVM and the test open in turn. */
class ApprovalCrashH2Test extends ApprovalCrashContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2File(temp.resolve("db"));
    }
}
