package org.caresettle.batch.console;

/** The viewer of a request; no principal (a chain that let an anonymous call through) is refused. */
final class Viewers {

    private Viewers() {
    }

    static Viewer of(SignedInUser user) {
        if (user == null) {
            throw new Forbidden("not signed in");
        }
        return user.viewer();
    }
}
