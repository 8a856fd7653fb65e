package org.caresettle.batch.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.caresettle.batch.cli.SettlementCli;

/**
 * The command line in a JVM of its own (the test classpath and the application's main class), as
 * a machine of a distributed run: started, watched through its log, stopped or killed (SIGKILL).
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
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), SettlementCli.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new SettlementProcess(process, log);
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
