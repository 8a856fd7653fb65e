package org.caresettle.batch.report;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class ReportPostgresTest extends ReportContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
