package org.caresettle.batch.console;

import org.springframework.security.access.AccessDeniedException;

/**
 * The check every page, API call and download makes with its {@link Viewer} before it reads
 * anything: {@code ConsoleAccess.require(viewer.mayReadRuns())}. A refusal is a 403, written to the
 * audit trail by the security configuration's access-denied handler.
 */
public final class ConsoleAccess {

    private ConsoleAccess() {
    }

    public static void require(boolean allowed) {
        if (!allowed) {
            throw new AccessDeniedException("not for this role");
        }
    }
}
