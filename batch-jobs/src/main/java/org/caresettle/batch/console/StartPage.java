package org.caresettle.batch.console;

import org.caresettle.batch.users.Role;

/** Where a role lands after signing in: the overview, or the run history for those who watch runs. */
final class StartPage {

    static final String OVERVIEW = "/";
    static final String RUNS = "/runs";

    private StartPage() {
    }

    static String of(Viewer viewer) {
        return viewer.role() == Role.OPERATOR || viewer.role() == Role.AUDITOR ? RUNS : OVERVIEW;
    }
}
