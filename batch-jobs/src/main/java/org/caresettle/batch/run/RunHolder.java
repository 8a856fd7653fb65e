package org.caresettle.batch.run;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Optional;

/**
 * The process that holds (or wants) the run lock, as {@code pid@host}, the form the JVM itself
 * uses for its runtime name. Only a holder on this host can be checked for life: a process id
 * means nothing on another machine.
 */
public record RunHolder(long pid, String host) {

    private static final String THIS_HOST = hostName();

    public static RunHolder current() {
        return new RunHolder(ProcessHandle.current().pid(), THIS_HOST);
    }

    /** Reads a holder written by {@link #toString()}; empty when the text is not of that form. */
    public static Optional<RunHolder> parse(String text) {
        int at = text == null ? -1 : text.indexOf('@');
        if (at <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RunHolder(Long.parseLong(text.substring(0, at)), text.substring(at + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * True only when this holder certainly no longer runs: it is on this host and its process id
     * is free, or taken by a process started after the lock was taken (the id was reused).
     */
    public boolean certainlyGone(Instant lockTakenAt) {
        if (!host.equals(THIS_HOST)) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            return true;
        }
        // Start times are kept to the clock tick; a second of slack keeps a live holder safe.
        return process.get().info().startInstant()
                .map(started -> started.isAfter(lockTakenAt.plusSeconds(1)))
                .orElse(false);
    }

    @Override
    public String toString() {
        return pid + "@" + host;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }
}
