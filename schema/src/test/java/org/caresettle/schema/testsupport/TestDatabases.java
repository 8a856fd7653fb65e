package org.caresettle.schema.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases for tests: {@link #h2()} in memory, {@link #postgres()} on a PostgreSQL
 * server. Every call gives a new database, so tests never see each other's rows.
 *
 * <p>PostgreSQL: when {@value #PG_URL} is set (for example
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, with {@value #PG_USER}, default {@code postgres},
 * and {@value #PG_PASSWORD}, default empty) each database is created on that server and dropped
 * at JVM exit. Otherwise one embedded PostgreSQL is started per JVM. Either way one line on
 * standard output says which, for CI to prove that the PostgreSQL tests really ran.
 */
public final class TestDatabases {

    public static final String PG_URL = "SETTLEMENT_TEST_PG_URL";
    public static final String PG_USER = "SETTLEMENT_TEST_PG_USER";
    public static final String PG_PASSWORD = "SETTLEMENT_TEST_PG_PASSWORD";

    private static final String H2_USER = "sa";
    private static final String H2_PASSWORD = "";
    private static final String EMBEDDED_USER = "postgres";

    private static PgServer server;

    private TestDatabases() {
    }

    /** A fresh in-memory H2 database; it stays while the JVM runs, even with no connection open. */
    public static TestDatabase h2() {
        String name = uniqueName();
        return h2At(name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * A fresh H2 file database in {@code folder}, closed whenever its last connection closes, so
     * that another process (for example a command run that a test kills) can open it in turn.
     * Every commit is written at once ({@code WRITE_DELAY=0}), as in the application's default URL.
     */
    public static TestDatabase h2File(java.nio.file.Path folder) {
        String name = uniqueName();
        return h2At(name, "jdbc:h2:file:" + folder.toAbsolutePath().resolve(name) + ";WRITE_DELAY=0");
    }

    private static TestDatabase h2At(String name, String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser(H2_USER);
        dataSource.setPassword(H2_PASSWORD);
        return new TestDatabase(TestDatabase.Kind.H2, name, url, H2_USER, H2_PASSWORD, dataSource,
                () -> execute(dataSource, "shutdown"));
    }

    /** A fresh, empty PostgreSQL database (see the class comment for which server). */
    public static TestDatabase postgres() {
        return server().createDatabase(uniqueName());
    }

    private static synchronized PgServer server() {
        if (server == null) {
            String url = System.getenv(PG_URL);
            server = url == null || url.isBlank() ? EmbeddedServer.start() : ExternalServer.connect(url.trim());
        }
        return server;
    }

    private static String uniqueName() {
        return "settle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + " failed: " + e.getMessage(), e);
        }
    }

    private interface PgServer {
        TestDatabase createDatabase(String name);
    }

    /** A server named by {@value #PG_URL}; databases made here are dropped at JVM exit. */
    private static final class ExternalServer implements PgServer {
        // jdbc:postgresql://host[:port][,host2...][/database][?settings]: the database part is swapped.
        private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]*)(?:/[^?]*)?(\\?.*)?");

        private final String adminUrl;
        private final String user;
        private final String password;
        private final PGSimpleDataSource admin;
        private final Set<String> undropped = ConcurrentHashMap.newKeySet();

        private ExternalServer(String adminUrl, String user, String password) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
            this.admin = dataSource(adminUrl);
        }

        static ExternalServer connect(String url) {
            String user = envOr(PG_USER, "postgres");
            String password = envOr(PG_PASSWORD, "");
            if (!URL.matcher(url).matches()) {
                throw new IllegalArgumentException(PG_URL + " must look like jdbc:postgresql://host:port/database, not " + url);
            }
            ExternalServer server = new ExternalServer(url, user, password);
            execute(server.admin, "select 1");
            Runtime.getRuntime().addShutdownHook(new Thread(server::dropAll, "pg-tests-drop"));
            // The query string may carry settings (or a password): print the server part only.
            System.out.println("[pg-tests] using server at " + url.replaceFirst("\\?.*$", ""));
            return server;
        }

        @Override
        public TestDatabase createDatabase(String name) {
            execute(admin, "create database " + name);
            undropped.add(name);
            Matcher parts = URL.matcher(adminUrl);
            parts.matches();
            String url = parts.group(1) + "/" + name + (parts.group(2) == null ? "" : parts.group(2));
            return new TestDatabase(TestDatabase.Kind.POSTGRES, name, url, user, password,
                    dataSource(url), () -> drop(name));
        }

        private PGSimpleDataSource dataSource(String url) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }

        private void drop(String name) {
            // WITH (FORCE) (PostgreSQL 13+) ends connections a test or a pool left open.
            execute(admin, "drop database if exists " + name + " with (force)");
            undropped.remove(name);
        }

        private void dropAll() {
            for (String name : Set.copyOf(undropped)) {
                try {
                    drop(name);
                } catch (RuntimeException e) {
                    System.err.println("[pg-tests] could not drop " + name + ": " + e.getMessage());
                }
            }
        }
    }

    /** One embedded PostgreSQL per JVM; it and its databases vanish when the JVM ends. */
    private static final class EmbeddedServer implements PgServer {
        private final EmbeddedPostgres postgres;

        private EmbeddedServer(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedServer start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                System.out.println("[pg-tests] using embedded PostgreSQL");
                return new EmbeddedServer(postgres);
            } catch (IOException | RuntimeException e) {
                String hint = isRoot()
                        ? " (PostgreSQL may refuse to run as root: run the tests as another user, or set "
                                + PG_URL + " to a running server)"
                        : " (or set " + PG_URL + " to a running server)";
                throw new IllegalStateException("embedded PostgreSQL did not start" + hint, e);
            }
        }

        @Override
        public TestDatabase createDatabase(String name) {
            execute(postgres.getPostgresDatabase(), "create database " + name);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            dataSource.setUser(EMBEDDED_USER);
            return new TestDatabase(TestDatabase.Kind.POSTGRES, name, url, EMBEDDED_USER, "", dataSource,
                    () -> execute(postgres.getPostgresDatabase(), "drop database if exists " + name + " with (force)"));
        }

        private static boolean isRoot() {
            return "root".equals(System.getProperty("user.name", "").toLowerCase(Locale.ROOT));
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
