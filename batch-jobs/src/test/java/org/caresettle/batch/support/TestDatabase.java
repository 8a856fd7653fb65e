package org.caresettle.batch.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.caresettle.schema.testsupport.TestDatabases;

/**
 * A fresh, empty database for one test, on H2 or PostgreSQL, with the arguments that point
 * the command line at it and a way to look inside.
 */
public record TestDatabase(String url, String user, String password) {

    public static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1",
                "sa", "");
    }

    public static TestDatabase postgres() {
        TestDatabases.Database database = TestDatabases.postgres();
        return new TestDatabase(database.url(), database.user(), database.password());
    }

    public List<String> springArguments() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    public long count(String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
