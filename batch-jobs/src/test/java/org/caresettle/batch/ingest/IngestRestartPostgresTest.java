package org.caresettle.batch.ingest;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class IngestRestartPostgresTest extends IngestRestartContract {

    @Override
    TestDatabase killableDatabase() {
        return TestDatabases.postgres();
    }

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
