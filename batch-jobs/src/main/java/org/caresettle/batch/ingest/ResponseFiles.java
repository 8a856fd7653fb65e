package org.caresettle.batch.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.caresettle.batch.files.AtomicFiles;

/**
 * Where the answers to a provider go (SPEC 9): {@code responses/<provider_agb>/<file>.<message_id>.csv}
 * and {@code .xml}, or {@code responses/unknown/} when the provider code cannot be read.
 */
final class ResponseFiles {

    /** A valid message id has at most 12 characters; a malformed one must still make a legal file name. */
    private static final int MAX_MESSAGE_PART = 64;

    private ResponseFiles() {
    }

    /** The answer's path relative to the output folder, without extension. */
    static String relativeBase(String providerAgb, String answerBaseName, String messageId, int ordinal) {
        String folder = providerAgb == null ? "unknown" : providerAgb;
        String message = messageId == null || messageId.isBlank() ? "declaration-" + ordinal : safe(messageId);
        if (message.length() > MAX_MESSAGE_PART) {
            message = message.substring(0, MAX_MESSAGE_PART);
        }
        return "responses/" + folder + "/" + safe(answerBaseName) + "." + message;
    }

    static void write(Path out, String relativePath, AtomicFiles.Content content) throws IOException {
        AtomicFiles.write(out.resolve(relativePath), content);
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
