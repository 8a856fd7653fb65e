package org.caresettle.batch.reference;

import org.caresettle.batch.support.TestDatabase;

class ReferenceLoadH2Test extends ReferenceLoadContract {

    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}
