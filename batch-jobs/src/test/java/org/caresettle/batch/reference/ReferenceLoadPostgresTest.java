package org.caresettle.batch.reference;

import org.caresettle.batch.support.TestDatabase;

class ReferenceLoadPostgresTest extends ReferenceLoadContract {

    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}
