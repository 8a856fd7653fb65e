package org.caresettle.core.arch.bad;

import org.junit.jupiter.api.Assertions;

/** Deliberately impure: a core class leaning on an outside framework. Only CoreIsPureTest reads it. */
public final class FrameworkBoundRule {

    private FrameworkBoundRule() {
    }

    public static void check(long cents) {
        Assertions.assertTrue(cents >= 0);
    }
}
