package org.caresettle.batch.console;

import java.util.regex.Pattern;
import org.caresettle.batch.users.Usernames;

/**
 * A user name as typed at a failed sign-in, made fit for a log line and the audit trail: cut to
 * 100 characters, control characters (a forged log line) replaced, and a run of eight or more
 * digits masked, since someone may type a BSN into the name field.
 */
final class TypedNames {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{8,}");

    private TypedNames() {
    }

    static String safe(String typed) {
        if (typed == null) {
            return "";
        }
        String cut = typed.length() > Usernames.MAX_LENGTH ? typed.substring(0, Usernames.MAX_LENGTH) : typed;
        String masked = LONG_NUMBER.matcher(cut).replaceAll(match -> "*".repeat(match.group().length()));
        return CONTROL.matcher(masked).replaceAll("?");
    }
}
