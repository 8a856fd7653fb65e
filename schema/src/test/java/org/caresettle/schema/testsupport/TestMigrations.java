package org.caresettle.schema.testsupport;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the schema's Flyway migrations to a test database. Kept apart from
 * {@link TestDatabases} so that tests which only need an empty database do not need Flyway.
 */
public final class TestMigrations {

    public static final String LOCATION = "classpath:db/migration";

    private TestMigrations() {
    }

    public static MigrateResult migrate(DataSource dataSource) {
        return flyway(dataSource).migrate();
    }

    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(LOCATION).load();
    }

    /** A fresh in-memory H2 database with every migration applied. */
    public static TestDatabase migratedH2() {
        TestDatabase database = TestDatabases.h2();
        migrate(database);
        return database;
    }

    /** A fresh PostgreSQL database with every migration applied. */
    public static TestDatabase migratedPostgres() {
        TestDatabase database = TestDatabases.postgres();
        migrate(database);
        return database;
    }
}
