package org.caresettle.batch.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.model.SystemConfig;

/**
 * The AMQP broker of the distributed-run tests (issue 7). When {@value #HOST} is set (CI: the
 * machine's RabbitMQ at 127.0.0.1, with {@value #PORT} default 5672, {@value #USER} and
 * {@value #PASSWORD} default guest) the tests use that broker; otherwise one embedded Apache Qpid
 * Broker-J (AMQP 0-9-1, in memory) is started per JVM, so {@code ./mvnw verify} needs no broker.
 * One line on standard output says which, for CI to prove the tests ran against RabbitMQ. Every
 * test takes a queue of its own ({@link #springArguments()}), so tests never see each other's requests.
 */
public final class TestBroker {

    public static final String HOST = "SETTLEMENT_TEST_AMQP_HOST";
    public static final String PORT = "SETTLEMENT_TEST_AMQP_PORT";
    public static final String USER = "SETTLEMENT_TEST_AMQP_USER";
    public static final String PASSWORD = "SETTLEMENT_TEST_AMQP_PASSWORD";

    private static TestBroker broker;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final Set<String> queues = ConcurrentHashMap.newKeySet();

    private TestBroker(String host, int port, String user, String password) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
    }

    /** The broker of this JVM, started or connected on first use. */
    public static synchronized TestBroker get() {
        if (broker == null) {
            String host = System.getenv(HOST);
            broker = host == null || host.isBlank() ? embedded() : external(host.trim());
        }
        return broker;
    }

    /**
     * The Spring arguments that point a command at this broker, with a fresh queue: the manager
     * and the workers of one test must be given the same list.
     */
    public List<String> springArguments() {
        String queue = "settlement.test." + UUID.randomUUID().toString().substring(0, 8);
        queues.add(queue);
        return List.of("--spring.rabbitmq.host=" + host, "--spring.rabbitmq.port=" + port,
                "--spring.rabbitmq.username=" + user, "--spring.rabbitmq.password=" + password,
                "--settlement.partitions.queue=" + queue);
    }

    /** The tests' queues are durable like the real one: remove them from a shared broker at the end. */
    private void deleteQueues() {
        com.rabbitmq.client.ConnectionFactory factory = new com.rabbitmq.client.ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUsername(user);
        factory.setPassword(password);
        try (com.rabbitmq.client.Connection connection = factory.newConnection();
                com.rabbitmq.client.Channel channel = connection.createChannel()) {
            for (String queue : queues) {
                channel.queueDelete(queue);
            }
        } catch (IOException | java.util.concurrent.TimeoutException | RuntimeException e) {
            System.err.println("[amqp-tests] could not delete the test queues: " + e.getMessage());
        }
    }

    private static TestBroker external(String host) {
        int port = Integer.parseInt(envOr(PORT, "5672"));
        try (Socket probe = new Socket(host, port)) {
            System.out.println("[amqp-tests] using broker at " + host + ":" + port);
        } catch (IOException e) {
            throw new IllegalStateException(HOST + " names " + host + ":" + port + ", but no broker answers there", e);
        }
        TestBroker broker = new TestBroker(host, port, envOr(USER, "guest"), envOr(PASSWORD, "guest"));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::deleteQueues, "amqp-tests-delete-queues"));
        return broker;
    }

    private static TestBroker embedded() {
        int port = freePort();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(SystemConfig.TYPE, "Memory");
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION,
                TestBroker.class.getResource("/qpid-test-broker.json").toExternalForm());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
        attributes.put(SystemConfig.CONTEXT, Map.of("qpid.amqp_port", String.valueOf(port),
                // The tests' work folders are temporary; the broker keeps nothing on disk.
                "qpid.work_dir", System.getProperty("java.io.tmpdir") + "/qpid-test-" + port));
        SystemLauncher launcher = new SystemLauncher();
        try {
            launcher.startup(attributes);
        } catch (Exception e) {
            throw new IllegalStateException("the embedded Qpid broker did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::shutdown, "amqp-tests-stop"));
        System.out.println("[amqp-tests] using embedded Qpid Broker-J at 127.0.0.1:" + port);
        return new TestBroker("127.0.0.1", port, "guest", "guest");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for the embedded broker", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
