package org.caresettle.batch.settle;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class WhatIfH2Test extends WhatIfContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
