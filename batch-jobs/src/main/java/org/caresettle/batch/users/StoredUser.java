package org.caresettle.batch.users;

/** A console user as the store keeps it, with the password hash that only the sign-in check reads. */
public record StoredUser(ConsoleUser user, String passwordHash) {

    /** Never the hash in a log line. */
    @Override
    public String toString() {
        return "StoredUser[" + user + "]";
    }
}
