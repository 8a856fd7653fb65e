package org.caresettle.batch.ingest;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class InboxIngestPostgresTest extends InboxIngestContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
