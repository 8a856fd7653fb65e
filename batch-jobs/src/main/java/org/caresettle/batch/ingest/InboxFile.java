package org.caresettle.batch.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.caresettle.batch.csv.Sha256;

/**
 * A file found in the inbox, fingerprinted before it is read. {@code unread} is null, or why the
 * file was not read at all (a symbolic link, a file that cannot be opened): such a file is refused
 * with that reason and its fingerprint stands for the reason, not the content, so the same file is
 * known the next night while the file, once readable, is taken as new.
 */
public record InboxFile(Path path, String name, long sizeBytes, String sha256, String unread) {

    public InboxFile(Path path, String name, long sizeBytes, String sha256) {
        this(path, name, sizeBytes, sha256, null);
    }

    /** A file that was not read, for {@code reason}. */
    static InboxFile unread(Path path, String reason) {
        // The name is part of it: two links refused for the same reason are two files, not duplicates.
        String name = path.getFileName().toString();
        String fingerprint = Sha256.of(("unread inbox file " + name + ": " + reason).getBytes(StandardCharsets.UTF_8));
        return new InboxFile(path, name, 0, fingerprint, reason);
    }

    boolean wasRead() {
        return unread == null;
    }

    /** How a file is read, by its extension, matched case-insensitively (SPEC 14). */
    public enum Kind {
        CSV,
        XML,
        OTHER
    }

    public Kind kind() {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (lower.endsWith(".xml")) {
            return Kind.XML;
        }
        return Kind.OTHER;
    }
}
