package org.caresettle.batch.ingest;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class IngestRestartH2Test extends IngestRestartContract {

    /** A file database: the killed process and the test open it in turn. */
    @Override
    TestDatabase killableDatabase() {
        return TestDatabases.h2File(temp.resolve("db"));
    }

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
