package org.caresettle.batch.statement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.caresettle.batch.csv.Sha256;

/**
 * The files of a version folder against its {@code manifest.csv}: every listed file is there with
 * the SHA-256 the manifest gives it, none is listed twice, and the folder holds no other file. The
 * one hash check of published statements: {@code verify} runs it after its own checks of rows and
 * totals, and every settle of a period runs it on the period's published versions (issue 11), so a
 * changed, deleted or added file is named instead of built upon.
 */
public final class ManifestHashes {

    private ManifestHashes() {
    }

    /** The manifest's entries, once every file checked out; the first discrepancy is thrown, naming the file. */
    public static List<Manifest.Listed> check(Path folder) {
        Path manifest = folder.resolve(Manifest.FILE);
        String manifestName = StatementCsvReader.displayName(manifest);
        if (!Files.isRegularFile(manifest)) {
            throw new StatementCheckException(manifestName, 0, "missing");
        }
        List<Manifest.Listed> listed = Manifest.read(folder);
        Set<String> names = new HashSet<>();
        for (Manifest.Listed entry : listed) {
            String file = entry.entry().file();
            if (!names.add(file)) {
                throw new StatementCheckException(manifestName, entry.line(), file + " listed twice");
            }
            Path path = folder.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new StatementCheckException(manifestName, entry.line(), file + " is missing");
            }
            String sha256 = Sha256.ofFile(path);
            if (!sha256.equals(entry.entry().sha256())) {
                throw new StatementCheckException(manifestName, entry.line(), file + " has SHA-256 " + sha256
                        + "; the manifest says " + entry.entry().sha256());
            }
        }
        for (Path file : VersionFolders.files(folder)) {
            String name = file.getFileName().toString();
            if (!name.equals(Manifest.FILE) && !names.contains(name)) {
                throw new StatementCheckException(StatementCsvReader.displayName(file), 0, "is not in " + Manifest.FILE);
            }
        }
        return listed;
    }
}
