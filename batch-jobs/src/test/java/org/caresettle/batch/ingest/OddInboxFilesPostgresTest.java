package org.caresettle.batch.ingest;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class OddInboxFilesPostgresTest extends OddInboxFilesContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
