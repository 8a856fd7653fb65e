package org.caresettle.batch.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.caresettle.batch.cli.SettlementCli;

/**
 * A JVM of its own on the test classpath, the one way the tests start a second process: the
 * command line (the application's main class), as a machine of a distributed run or a run to be
 * killed, or a test-only main class that holds something (a lock, a database file) until
 * {@link #release() released}. Started, watched through its log, released, stopped or killed
 * (SIGKILL).
 */
public final class SettlementProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private SettlementProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code settlement ARGS}; standard output and error go to {@code log}. */
    public static SettlementProcess start(Path log, List<String> args) throws IOException {
        return start(SettlementCli.class, log, args);
    }

    /** Starts {@code mainClass ARGS}; standard output and error go to {@code log}. */
    public static SettlementProcess start(Class<?> mainClass, Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(args);
        // Standard input stays a pipe: closing it is the release signal (see release()).
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new SettlementProcess(process, log);
    }

    /**
     * In a main class started by {@link #start(Class, Path, List)}: blocks until the test calls
     * {@link #release()}, or until the test's JVM ends, so a holder never outlives its test.
     */
    public static void awaitRelease() throws IOException {
        System.in.transferTo(OutputStream.nullOutputStream());
    }

    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    /** Waits until the condition holds, failing when the process ends first or after the timeout. */
    public void awaitWhileAlive(String what, long seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("process ended (exit " + process.exitValue() + ") before " + what + "; log:\n" + log());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " within " + seconds + " s; log:\n" + log());
            }
            Thread.sleep(20);
        }
    }

    /** Waits until the log contains {@code text}, failing when the process ends first or after the timeout. */
    public void awaitLog(String text, long seconds) throws InterruptedException {
        awaitWhileAlive("\"" + text + "\" in the log", seconds, () -> log().contains(text));
    }

    /** Ends the wait of {@link #awaitRelease()} in the process: closes its standard input. */
    public void release() throws IOException {
        process.getOutputStream().close();
    }

    /** Waits for the process to end and returns its exit status. */
    public int exitStatus(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after " + seconds + " s; log:\n" + log());
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no goodbye to the broker or the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager stops it, then waits for it to end. */
    public int stop(long seconds) throws InterruptedException {
        process.destroy();
        return exitStatus(seconds);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
