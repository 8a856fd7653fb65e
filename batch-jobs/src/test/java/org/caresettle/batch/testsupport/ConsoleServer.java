package org.caresettle.batch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.caresettle.batch.users.Role;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;

/**
 * The console as a browser or a script meets it: {@code serve} started in this JVM on a free port
 * with an H2 test database, after one nightly on the West-Friesland sample, with one user per role
 * added through the real {@code user add} command ({@link #username(Role)}, password
 * {@link #PASSWORD}; the municipality user sees Hoorn, 0405). {@link #shared()} is started once for
 * all tests of the JVM and stopped when it ends; a test that changes the server's memory (the
 * sign-in throttle) takes a {@link #startFresh() fresh} one of its own and closes it.
 */
public final class ConsoleServer implements AutoCloseable {

    public static final String PASSWORD = "a long test password";
    public static final String MUNICIPALITY = "0405";
    /** A second finance user, for four eyes (issue 14): approves what {@code finance-user} asks for. */
    public static final String SECOND_FINANCE = "finance-2-user";

    private static final Duration PATIENCE = Duration.ofSeconds(180);
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static ConsoleServer shared;

    private final TestDatabase database;
    private final Path out;
    private final int port;
    private final CompletableFuture<CliRun> serving;

    private final Path data;

    private ConsoleServer(TestDatabase database, Path data, Path out, int port, CompletableFuture<CliRun> serving) {
        this.database = database;
        this.data = data;
        this.out = out;
        this.port = port;
        this.serving = serving;
    }

    /** The server all console tests share: started on first use, stopped when the JVM exits. */
    public static synchronized ConsoleServer shared() {
        if (shared == null) {
            shared = start(true, SampleData.WEST_FRIESLAND);
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** A server of its own, without a nightly, for a test that changes its state; close it after. */
    public static ConsoleServer startFresh() {
        return start(false, SampleData.WEST_FRIESLAND);
    }

    /**
     * A server of its own after one nightly on a copy of the West-Friesland sample, whose inbox a test
     * may add files to ({@link #data()}); close it after.
     */
    public static ConsoleServer startWithOwnSample() {
        try {
            return start(true, SampleData.copy(SampleData.WEST_FRIESLAND,
                    Files.createTempDirectory("console-data").resolve("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConsoleServer start(boolean withNightly, Path data) {
        TestDatabase database = TestDatabases.h2();
        Path folder;
        try {
            folder = Files.createTempDirectory("console-server");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path out = folder.resolve("out");
        if (withNightly) {
            require(CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString()));
        }
        for (Role role : Role.values()) {
            List<String> add = new ArrayList<>(List.of("user", "add", username(role), "--role", role.name(),
                    "--password-stdin"));
            if (role == Role.MUNICIPALITY) {
                add.addAll(List.of("--municipality", MUNICIPALITY));
            }
            require(CliRun.runWithInput(database, PASSWORD + "\n", add.toArray(String[]::new)));
        }
        require(CliRun.runWithInput(database, PASSWORD + "\n", "user", "add", SECOND_FINANCE, "--role",
                Role.FINANCE.name(), "--password-stdin"));
        int port = freePort();
        List<String> args = new ArrayList<>(List.of("serve", "--data", data.toString(), "--out", out.toString(),
                "--server.port=" + port, "--settlement.serve.cron=0 0 0 1 1 *",
                "--management.endpoints.web.exposure.include=health,prometheus,info,shutdown",
                "--management.endpoint.shutdown.access=unrestricted"));
        args.addAll(database.springArguments());
        CompletableFuture<CliRun> serving = CompletableFuture.supplyAsync(() -> CliRun.runRaw(args.toArray(String[]::new)));
        ConsoleServer server = new ConsoleServer(database, data, out, port, serving);
        server.awaitUp();
        return server;
    }

    /** The user of this role that every server has. */
    public static String username(Role role) {
        return role.name().toLowerCase(java.util.Locale.ROOT) + "-user";
    }

    public TestDatabase database() {
        return database;
    }

    /** The --out folder the server's nightly wrote and its console reads. */
    public Path out() {
        return out;
    }

    /** The --data folder the server's nightly read (the shared sample unless {@link #startWithOwnSample()}). */
    public Path data() {
        return data;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A browser: its own cookies, no redirects followed (tests look at them). */
    public Browser browser() {
        return new Browser(this);
    }

    /** A script's call with HTTP Basic, without cookies. */
    public HttpResponse<String> basic(String username, String password, String path) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(newClient(), HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials)
                .GET().build());
    }

    /** A script's POST with HTTP Basic and a JSON body (or none), without cookies. */
    public HttpResponse<String> basicPost(String username, String path, String json) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        return send(newClient(), request.build());
    }

    /** A call without any sign-in. */
    public HttpResponse<String> anonymous(String path) {
        return send(newClient(), HttpRequest.newBuilder(uri(path)).GET().build());
    }

    @Override
    public synchronized void close() {
        if (serving.isDone()) {
            return;
        }
        send(newClient(), HttpRequest.newBuilder(uri("/actuator/shutdown")).POST(HttpRequest.BodyPublishers.noBody())
                .build());
        try {
            serving.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("serve did not stop", e);
        }
    }

    private void awaitUp() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            if (serving.isDone()) {
                throw new IllegalStateException("serve ended early: " + serving.join());
            }
            try {
                if (newClient().send(HttpRequest.newBuilder(uri("/login")).GET().build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("serve did not answer within " + PATIENCE);
            }
            sleep();
        }
    }

    private static HttpClient newClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void require(CliRun run) {
        if (run.exitStatus() != 0) {
            throw new IllegalStateException("set-up command failed: " + run.err());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One browser session: cookies kept, the CSRF token taken from the last page that had one. */
    public static final class Browser {

        /** What a browser asks for: a page, so that an error comes as the error page, not as JSON. */
        private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

        private final ConsoleServer server;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        private String csrfToken;

        private Browser(ConsoleServer server) {
            this.server = server;
        }

        /** Opens the form and signs in; the answer is the redirect (or the failure's). */
        public HttpResponse<String> signIn(String username, String password) {
            get("/login");
            return post("/login", Map.of("username", username, "password", password));
        }

        /** Signs in as the role's user and fails the test when that does not work. */
        public Browser signedInAs(Role role) {
            HttpResponse<String> answer = signIn(username(role), PASSWORD);
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || location.contains("/login")) {
                throw new IllegalStateException("sign-in as " + role + " failed: " + answer.statusCode() + " " + location);
            }
            return this;
        }

        /** A file as the browser downloads it: its exact bytes. */
        public byte[] getBytes(String path) {
            try {
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(server.uri(path)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(path + ": HTTP " + answer.statusCode());
                }
                return answer.body();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        public HttpResponse<String> get(String path) {
            HttpResponse<String> answer = send(client, HttpRequest.newBuilder(server.uri(path))
                    .header("Accept", BROWSER_ACCEPT).GET().build());
            Matcher token = CSRF_FIELD.matcher(answer.body());
            if (token.find()) {
                csrfToken = token.group(1);
            }
            return answer;
        }

        /** A form post with the CSRF token of the last page. */
        public HttpResponse<String> post(String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (csrfToken != null) {
                all.put("_csrf", csrfToken);
            }
            return postRaw(path, all);
        }

        /** A form post exactly as given: without a CSRF token unless the fields have one. */
        public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
            String form = fields.entrySet().stream()
                    .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            return send(client, HttpRequest.newBuilder(server.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER_ACCEPT)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }
}
