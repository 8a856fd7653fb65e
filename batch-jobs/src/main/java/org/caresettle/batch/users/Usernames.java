package org.caresettle.batch.users;

import java.util.regex.Pattern;

/**
 * What a console user name may be: 1 to 100 letters, digits and {@code . _ - @}, so that a name
 * fits the column, an e-mail address works as a name, and no name carries spaces, quotes or
 * control characters into a log line, a page or the audit trail.
 */
public final class Usernames {

    public static final int MAX_LENGTH = 100;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{Nd}._@-]{1," + MAX_LENGTH + "}");

    private Usernames() {
    }

    public static boolean isValid(String username) {
        return username != null && ALLOWED.matcher(username).matches();
    }
}
