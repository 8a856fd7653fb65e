package org.caresettle.batch.console;

/**
 * The signed-in user may not see what was asked (403). {@code reason} goes to the audit trail, in
 * English; the page says only that access is refused.
 */
class Forbidden extends RuntimeException {

    Forbidden(String reason) {
        super(reason);
    }

    static void unless(boolean allowed, String reason) {
        if (!allowed) {
            throw new Forbidden(reason);
        }
    }
}
