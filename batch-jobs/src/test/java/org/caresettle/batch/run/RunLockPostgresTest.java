package org.caresettle.batch.run;

import java.util.List;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;

class RunLockPostgresTest extends RunLockContract {

    private TestDatabase database;

    @BeforeEach
    void database() {
        database = TestDatabases.postgres();
    }

    @Override
    List<String> databaseArguments() {
        return database.springArguments();
    }

    @Override
    DSLContext dsl() {
        return database.dsl();
    }
}
