package org.caresettle.batch.explain;

import org.caresettle.core.value.Period;

/** One settled version of a period, as the explanation names it: {@code 2026-03 v2}. */
public record VersionRef(Period period, int number, long versionId) {

    @Override
    public String toString() {
        return period + " v" + number;
    }
}
