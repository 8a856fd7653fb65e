package org.caresettle.batch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.caresettle.batch.files.FileTrees;
import org.caresettle.core.value.Period;

/**
 * {@code OUT/reports/<P>/} and how a report run replaces it as a whole. The files are written into the
 * hidden sibling {@code .<P>.tmp/}; if they equal the published ones byte for byte nothing moves (a nightly
 * run that learned nothing new leaves the folder as it was). Otherwise the published folder steps aside to
 * {@code .<P>.old/}, the new one is renamed into place and the old one is removed: a reader sees the old
 * report or the new one, never a mix (for an instant, between the two renames, no folder at all). Leftovers
 * of an interrupted run are removed at the start of the next; the report can always be written again.
 */
record ReportFolders(Path reportsFolder, Period period) {

    static ReportFolders of(Path out, Period period) {
        return new ReportFolders(out.resolve("reports"), period);
    }

    Path published() {
        return reportsFolder.resolve(period.toString());
    }

    Path pending() {
        return reportsFolder.resolve("." + period + ".tmp");
    }

    private Path retired() {
        return reportsFolder.resolve("." + period + ".old");
    }

    /** An empty pending folder; what an interrupted run left is removed first. */
    Path prepare() throws IOException {
        FileTrees.delete(pending());
        FileTrees.delete(retired());
        return Files.createDirectories(pending());
    }

    /** Publishes the pending folder; {@code false} when it equals the published one (and is dropped). */
    boolean publish() throws IOException {
        Path published = published();
        if (Files.isDirectory(published) && sameFiles(pending(), published)) {
            FileTrees.delete(pending());
            return false;
        }
        if (Files.exists(published)) {
            Files.move(published, retired(), StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(pending(), published, StandardCopyOption.ATOMIC_MOVE);
        FileTrees.delete(retired());
        return true;
    }

    void discard() throws IOException {
        FileTrees.delete(pending());
    }

    private static boolean sameFiles(Path a, Path b) throws IOException {
        List<Path> namesA = names(a);
        if (!namesA.equals(names(b))) {
            return false;
        }
        for (Path name : namesA) {
            if (Files.mismatch(a.resolve(name), b.resolve(name)) != -1) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> names(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            Path[] names = children.map(Path::getFileName).toArray(Path[]::new);
            Arrays.sort(names);
            return List.of(names);
        }
    }
}
