package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class WhatIfPostgresTest extends WhatIfContract {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
