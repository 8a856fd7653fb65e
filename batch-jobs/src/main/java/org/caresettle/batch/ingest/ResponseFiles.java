package org.caresettle.batch.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;
import org.caresettle.batch.csv.Sha256;

/**
 * Where the answers to a provider go (SPEC 9): {@code responses/<provider_agb>/<file>.<message_id>.csv}
 * and {@code .xml}, or {@code responses/unknown/} when the provider code cannot be read.
 *
 * <p>Uniqueness is decided on the names as they appear on disk, never on the raw names: {@code zz dec 1.csv}
 * and {@code zz_dec_1.csv} are the same name there. A file's stem is its cleaned name, shortened with a
 * hash of the raw name when it would not fit; its base is the stem, or {@code stem~N} when N−1 earlier
 * answered files had that stem. The message part holds no dot, so a path splits into base and message in
 * one way only: distinct bases (a unique column of the registry) and distinct message parts within a file
 * ({@link #messagePart}) give distinct paths.
 */
final class ResponseFiles {

    /** The longest file name most file systems take (Linux: 255 bytes). */
    private static final int NAME_MAX_BYTES = 255;
    /** {@code AtomicFiles} writes {@code .<name>.partial} first: that name must fit too. */
    private static final int PARTIAL_OVERHEAD = ".".length() + ".partial".length();
    /** A valid message id has at most 12 characters; a malformed one must still make a legal file name. */
    private static final int MAX_MESSAGE_PART = 64;
    /** Room for the {@code ~N} a repeated message part gets. */
    private static final int MAX_MESSAGE_SUFFIX = 8;
    /** Room for the {@code ~N} a repeated stem gets. */
    private static final int MAX_BASE_SUFFIX = 9;
    /** What remains for a stem: {@code <stem>~N.<message>~N.xml} and its partial name fit in NAME_MAX. */
    static final int MAX_STEM_BYTES = NAME_MAX_BYTES - PARTIAL_OVERHEAD - ".xml".length() - ".".length()
            - MAX_MESSAGE_PART - MAX_MESSAGE_SUFFIX - MAX_BASE_SUFFIX;
    /** Hex characters of SHA-256(raw name) that keep two shortened stems apart. */
    private static final int HASH_CHARS = 16;

    private ResponseFiles() {
    }

    /** The answer's path relative to the output folder, without extension. */
    static String relativeBase(String providerAgb, String answerBase, String messagePart) {
        String folder = providerAgb == null ? "unknown" : providerAgb;
        return "responses/" + folder + "/" + answerBase + "." + messagePart;
    }

    /**
     * The on-disk stem of an inbox file's answers: its cleaned name, or, when that is longer than
     * {@link #MAX_STEM_BYTES}, its start, {@code -}, 16 hex characters of SHA-256 of the raw name, and
     * its extension. Same name, same stem, on every run.
     */
    static String stem(String fileName) {
        String cleaned = safe(fileName);
        if (cleaned.length() <= MAX_STEM_BYTES) { // cleaned names are ASCII: one byte per character
            return cleaned;
        }
        String extension = extensionOf(cleaned);
        String hash = Sha256.of(fileName.getBytes(StandardCharsets.UTF_8)).substring(0, HASH_CHARS);
        int keep = MAX_STEM_BYTES - extension.length() - 1 - HASH_CHARS;
        return cleaned.substring(0, keep) + "-" + hash + extension;
    }

    /** The stem, or {@code stem~2}, {@code stem~3}, ...: the first that {@code taken} does not hold. */
    static String firstFree(String stem, Predicate<String> taken) {
        String candidate = stem;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = stem + "~" + n;
        }
        return candidate;
    }

    /**
     * A declaration's message part: its cleaned message id (dots too become {@code _}), or
     * {@code declaration-<ordinal>} without one; {@code ~N} added when the file already used it.
     */
    static String messagePart(String messageId, int ordinal, Predicate<String> used) {
        String message = messageId == null || messageId.isBlank()
                ? "declaration-" + ordinal
                : safe(messageId).replace('.', '_');
        if (message.length() > MAX_MESSAGE_PART) {
            message = message.substring(0, MAX_MESSAGE_PART);
        }
        return firstFree(message, used);
    }

    private static String extensionOf(String cleaned) {
        String lower = cleaned.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".xml") ? cleaned.substring(cleaned.length() - 4) : "";
    }

    /**
     * Names come from providers: anything but letters, digits, '.', '-', '_' and '~' becomes '_',
     * so no name can climb out of its folder or hide itself with a leading dot.
     */
    private static String safe(String name) {
        String cleaned = name.trim().replaceAll("[^A-Za-z0-9._~-]", "_");
        return cleaned.startsWith(".") ? "_" + cleaned.substring(1) : cleaned;
    }
}
