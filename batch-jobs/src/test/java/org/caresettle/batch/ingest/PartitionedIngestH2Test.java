package org.caresettle.batch.ingest;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class PartitionedIngestH2Test extends PartitionedIngestContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
