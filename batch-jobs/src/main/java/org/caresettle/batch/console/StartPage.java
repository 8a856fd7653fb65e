package org.caresettle.batch.console;

import org.caresettle.batch.users.Role;

/**
 * Where a role lands after signing in: the overview, the run history for those who watch runs, or
 * the inzage form for the privacy officer.
 */
final class StartPage {

    static final String OVERVIEW = "/";
    static final String RUNS = "/runs";
    static final String INZAGE = "/inzage";

    private StartPage() {
    }

    static String of(Viewer viewer) {
        if (viewer.role() == Role.PRIVACY) {
            return INZAGE;
        }
        return viewer.role() == Role.OPERATOR || viewer.role() == Role.AUDITOR ? RUNS : OVERVIEW;
    }
}
