package org.caresettle.batch.reference;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

class ReferenceLoadH2Test extends ReferenceLoadContract {

    @Override
    TestDatabase database() {
        return TestDatabases.h2();
    }
}
