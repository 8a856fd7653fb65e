package org.caresettle.schema.testsupport;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * One fresh, empty test database: usable directly as a {@link DataSource}, and described by its
 * JDBC URL, user and password for tests that start the application in another process or
 * context ({@link #springArguments()}). {@link #close()} drops it early; otherwise it lives until
 * the JVM ends.
 */
public final class TestDatabase implements DataSource, AutoCloseable {

    public enum Kind { H2, POSTGRES }

    private final Kind kind;
    private final String name;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final DataSource delegate;
    private final Runnable dropper;
    private boolean closed;

    TestDatabase(Kind kind, String name, String jdbcUrl, String username, String password,
                 DataSource delegate, Runnable dropper) {
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl);
        this.username = Objects.requireNonNull(username);
        this.password = Objects.requireNonNull(password);
        this.delegate = Objects.requireNonNull(delegate);
        this.dropper = Objects.requireNonNull(dropper);
    }

    public Kind kind() {
        return kind;
    }

    /** The database's own name (H2 in-memory name or PostgreSQL database name). */
    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public SQLDialect dialect() {
        return kind == Kind.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES;
    }

    /**
     * A jOOQ context with the settings the application uses: names unquoted, so the lower-case
     * generated names fold to each database's own case (upper on H2, lower on PostgreSQL).
     */
    public DSLContext dsl() {
        return DSL.using(this, dialect(), new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
    }

    /** Command-line arguments that point a Spring Boot application at this database. */
    public List<String> springArguments() {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password);
    }

    /** Drops the database now instead of at JVM exit. Open connections are cut off. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            dropper.run();
        }
    }

    @Override
    public String toString() {
        return kind + " " + jdbcUrl;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate.getConnection();
    }

    @Override
    public Connection getConnection(String user, String pass) throws SQLException {
        return delegate.getConnection(user, pass);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
