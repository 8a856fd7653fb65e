package org.caresettle.core.reference.check;

import java.util.HashSet;
import java.util.Set;

/**
 * The keys one file offers to the others (municipality codes, regions, AGB codes, allocations).
 * When a row of that file could not be read (a broken header, a wrong cell count, a malformed
 * key cell), the set is incomplete: a key missing from it might be the unread one, so
 * "unknown" is not reported against it; the unread row already carries its own violation.
 */
final class KnownKeys {

    private final Set<String> keys = new HashSet<>();
    private boolean complete = true;

    void add(String key) {
        keys.add(key);
    }

    void markIncomplete() {
        complete = false;
    }

    boolean isComplete() {
        return complete;
    }

    /** True only when the key is surely absent: the set is complete and lacks it. */
    boolean isSurelyUnknown(String key) {
        return complete && !keys.contains(key);
    }
}
