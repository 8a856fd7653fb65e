package org.caresettle.batch.inquiry;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import org.caresettle.batch.statement.Manifest;
import org.caresettle.batch.statement.ManifestEntry;
import org.caresettle.core.value.Period;

/**
 * The statement files of one published version as its manifest lists them. Only a listed name ever
 * becomes a path: a requested name is looked up among the manifest's names and the manifest's own
 * string is resolved, so {@code ..}, slashes and names the manifest does not hold never reach the disk.
 */
public record VersionFiles(Period period, int version, Path folder, List<ManifestEntry> listed) {

    public VersionFiles {
        listed = List.copyOf(listed);
    }

    /** Every file a reader may ask for: the listed ones and the manifest itself, by name. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        listed.forEach(entry -> names.add(entry.file()));
        names.add(Manifest.FILE);
        return names.stream().filter(VersionFiles::plainName).sorted().toList();
    }

    /** The manifest's row of a listed file; empty for the manifest itself and for unlisted names. */
    public Optional<ManifestEntry> entry(String requested) {
        return listed.stream().filter(entry -> entry.file().equals(requested)).findFirst();
    }

    /** The path of a listed file, or empty when the name is not one of {@link #names()}. */
    public Optional<Path> file(String requested) {
        return names().stream().filter(name -> name.equals(requested)).findFirst().map(folder::resolve)
                .filter(Files::isRegularFile);
    }

    /** The whole version as one zip: every listed file and the manifest, under {@code <period>/v<N>/}. */
    public void writeZip(OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target);
        // The fastest level: on a national version (58 MB of CSV, bench/console-pages.sh at 1M lines)
        // zlib's default level took 3.4 s and 7.0 MiB, level 1 took 1.1 s and 8.4 MiB.
        zip.setLevel(Deflater.BEST_SPEED);
        String prefix = period + "/v" + version + "/";
        for (String name : names()) {
            zip.putNextEntry(new ZipEntry(prefix + name));
            Files.copy(folder.resolve(name), zip);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** A manifest is ours, but a name with a path in it is refused even there. */
    private static boolean plainName(String name) {
        return !name.isEmpty() && !name.startsWith(".") && !name.contains("/") && !name.contains("\\")
                && !name.contains("..");
    }
}
