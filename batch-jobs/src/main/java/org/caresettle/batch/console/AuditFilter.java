package org.caresettle.batch.console;

import java.util.Arrays;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.users.Usernames;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Which audit events a page, export or API call asks for: one action or all, one user name or all,
 * at most {@code limit}, newest first. A parameter that cannot be meant is a 400, not an empty list.
 */
record AuditFilter(AuditAction action, String username, int limit) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 100_000;

    static AuditFilter of(String action, String username, Integer limit) {
        return new AuditFilter(action(action), username(username), limit(limit));
    }

    /** The filter with a larger limit: the next page of a list that was full. */
    AuditFilter more() {
        return new AuditFilter(action, username, (int) Math.min((long) limit * 2, MAX_LIMIT));
    }

    String actionName() {
        return action == null ? "" : action.name();
    }

    String usernameText() {
        return username == null ? "" : username;
    }

    private static AuditAction action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(AuditAction.values()).filter(action -> action.name().equals(text)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "no such action"));
    }

    private static String username(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // Failed sign-ins keep what was typed, which need not be a valid name: any text up to the column's size.
        if (text.length() > Usernames.MAX_LENGTH) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "user name too long");
        }
        return text.strip();
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be 1 to " + MAX_LIMIT);
        }
        return limit;
    }
}
