package org.caresettle.batch.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output files appear whole or not at all (SPEC 9): each is written to a hidden file beside
 * its target (a name starting with a dot, which transfer tools and readers skip) and renamed
 * into place only when complete.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** What writes a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        place(target, content, true);
    }

    /**
     * Like {@link #write}, but never replaces a file: returns false, leaving {@code target} as it was,
     * when it exists. Not atomic against a second writer of the same name; callers hold the run lock.
     */
    public static boolean writeIfAbsent(Path target, Content content) throws IOException {
        return place(target, content, false);
    }

    private static boolean place(Path target, Content content, boolean replace) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) { // createDirectories on an existing folder fails a mkdir and builds an exception
            Files.createDirectories(folder);
        }
        Path partial = folder.resolve("." + target.getFileName() + ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                content.writeTo(out);
            }
            if (replace) {
                try {
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return true;
            }
            // ATOMIC_MOVE would replace silently (rename(2)); a plain move refuses an existing target.
            Files.move(partial, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(partial);
            return false;
        } catch (IOException | RuntimeException e) {
            // A write cut short (disk full) leaves no debris: the target is whole or untouched (issue 11).
            try {
                Files.deleteIfExists(partial);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }
}
