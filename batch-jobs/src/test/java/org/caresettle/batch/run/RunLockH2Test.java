package org.caresettle.batch.run;

import java.sql.Connection;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * An H2 file database in mixed mode ({@code AUTO_SERVER=TRUE}): the only way two processes can
 * have it open at once, and so the only H2 setup where the run lock, not H2's own file lock,
 * decides. The test keeps a connection open throughout, so this JVM serves the database and the
 * other process always connects to it (opening and closing it meanwhile would race H2's file
 * lock: "Lock file recently modified").
 */
class RunLockH2Test extends RunLockContract {

    private JdbcDataSource dataSource;
    private Connection keeper;

    @BeforeEach
    void database() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + temp.resolve("db").resolve("settlement").toAbsolutePath()
                + ";AUTO_SERVER=TRUE");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        keeper = dataSource.getConnection();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        keeper.close();
    }

    @Override
    List<String> databaseArguments() {
        return List.of("--spring.datasource.url=" + dataSource.getURL(), "--spring.datasource.username=sa",
                "--spring.datasource.password=");
    }

    @Override
    DSLContext dsl() {
        return DSL.using(dataSource, SQLDialect.H2);
    }
}
