package org.caresettle.batch.privacy;

import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

/** {@link PrivacyTest} with PostgreSQL: the database must not change what is written or logged. */
class PrivacyPostgresTest extends PrivacyTest {

    @Override
    TestDatabase database() {
        return TestDatabases.postgres();
    }
}
