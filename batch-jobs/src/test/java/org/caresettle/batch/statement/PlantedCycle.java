package org.caresettle.batch.statement;

import org.caresettle.batch.settle.SettleRunner;

/**
 * A deliberately bad class for {@code ShellLayersTest}: a file format that calls up into a use
 * case. It lives in the tests only, so the real check never sees it.
 */
public final class PlantedCycle {

    private PlantedCycle() {
    }

    static Class<?> upward() {
        return SettleRunner.class;
    }
}
