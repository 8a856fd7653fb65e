package org.caresettle.core.testing;

/**
 * The seed of a property test: fresh each run so that new cases get tried, fixed with
 * {@code -Dcore.seed=N} to replay a failure whose message printed seed N.
 */
public final class Seeds {

    private Seeds() {
    }

    public static long seed() {
        return Long.getLong("core.seed", System.nanoTime());
    }
}
