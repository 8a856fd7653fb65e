package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** A file found in the inbox, fingerprinted before it is read. */
public record InboxFile(Path path, String name, long sizeBytes, String sha256) {

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
