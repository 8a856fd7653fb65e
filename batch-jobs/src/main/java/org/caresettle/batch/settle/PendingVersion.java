package org.caresettle.batch.settle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.caresettle.batch.files.FileTrees;
import org.caresettle.batch.statement.DurableFolder;
import org.caresettle.batch.statement.VersionFolders;

/**
 * The hidden folder a version is written into ({@code .v<N>.tmp}) and its move into view
 * ({@code v<N>}). The move is one rename within the period folder, atomic on every local file
 * system, so a reader sees the whole version or none of it.
 */
final class PendingVersion {

    private PendingVersion() {
    }

    /** An empty pending folder for {@code version}; a leftover of a failed run is removed first. */
    static Path prepare(VersionFolders folders, int version) throws IOException {
        Path pending = folders.pending(version);
        discard(pending);
        return Files.createDirectories(pending);
    }

    static void publish(VersionFolders folders, int version) throws IOException {
        Files.move(folders.pending(version), folders.published(version), StandardCopyOption.ATOMIC_MOVE);
        DurableFolder.forceFolder(folders.periodFolder());
    }

    /** Removes a pending folder and its files, if there is one. */
    static void discard(Path pending) throws IOException {
        FileTrees.delete(pending);
    }
}
