package org.caresettle.batch.report;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class ReportTest extends ReportContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
