package org.caresettle.batch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.caresettle.batch.csv.Sha256;

/**
 * Everything below a folder, hidden files and run records included: each file's SHA-256 and
 * modification time, each folder's modification time. Two equal snapshots mean that nothing was
 * written, replaced, created or removed in between (unlike {@link SampleData#fingerprints}, which
 * compares content only).
 */
public final class FolderSnapshot {

    private FolderSnapshot() {
    }

    public static Map<String, String> of(Path folder) {
        Map<String, String> result = new TreeMap<>();
        if (!Files.exists(folder)) {
            return result;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                String state = Files.getLastModifiedTime(path).toString();
                if (Files.isRegularFile(path)) {
                    MessageDigest digest = Sha256.newDigest();
                    state += " " + Sha256.hex(digest.digest(Files.readAllBytes(path)));
                }
                result.put("/" + folder.relativize(path), state);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
