package org.caresettle.batch.message.xml;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic ids for answer messages (LDT_IdentificatieBericht: at most 12 characters), so a
 * rerun over the same input writes the same bytes.
 */
public final class AnswerMessageIds {

    private static final char[] BASE32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private AnswerMessageIds() {
    }

    /** {@code A} and the sequence number in 11 digits, e.g. {@code A00000000042}. */
    public static String fromSequence(long sequence) {
        if (sequence < 0 || sequence > 99_999_999_999L) {
            throw new IllegalArgumentException("answer sequence out of range: " + sequence);
        }
        return String.format("A%011d", sequence);
    }

    /**
     * {@code A} and 11 base-32 characters (55 bits) of the SHA-256 of {@code key}; for a key that
     * identifies the answered declaration, e.g. the inbox file's SHA-256 and the message id.
     * Collisions are possible in principle (about one in 10^8 at a million answers).
     */
    public static String fromKey(String key) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        char[] id = new char[12];
        id[0] = 'A';
        for (int i = 11; i >= 1; i--) {
            id[i] = BASE32[(int) (bits & 31)];
            bits >>>= 5;
        }
        return new String(id);
    }
}
