package org.caresettle.batch.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Slows down guessing (issue 13): failed sign-ins are counted per key (a user name, a remote
 * address) in memory. After {@value #MAX_FAILURES} failures within {@link #WINDOW} the key is
 * refused for {@link #FIRST_DELAY}, and each further failure in the window doubles the delay, up
 * to {@link #MAX_DELAY}. A success clears a key. Memory is enough: a restart forgives, and the
 * failures themselves are in the audit trail.
 */
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    /** Beyond this many keys, keys without a recent failure are forgotten, so guessing cannot fill memory. */
    private static final int PRUNE_ABOVE = 10_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new HashMap<>();

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether attempts for this key are refused now, without a password check. */
    public synchronized boolean isRefused(String key) {
        Failures entry = failures.get(key);
        return entry != null && clock.instant().isBefore(entry.refusedUntil);
    }

    /** Counts one failure; returns the failures of this key within the window. */
    public synchronized int fail(String key) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().removeIf(entry -> entry.prune(now));
        }
        Failures entry = failures.computeIfAbsent(key, k -> new Failures());
        entry.prune(now);
        entry.times.addLast(now);
        if (entry.times.size() >= MAX_FAILURES) {
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(entry.times.size() - MAX_FAILURES, 10));
            entry.refusedUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
        return entry.times.size();
    }

    public synchronized void succeed(String key) {
        failures.remove(key);
    }

    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant refusedUntil = Instant.MIN;

        /** Forgets failures older than the window; true when none is left and no refusal runs. */
        boolean prune(Instant now) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            return times.isEmpty() && !now.isBefore(refusedUntil);
        }
    }
}
