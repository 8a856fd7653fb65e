package org.caresettle.batch.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.caresettle.batch.csv.Sha256;

/** The sample data sets of the sample-data module, and ways to compare output folders. */
public final class SampleData {

    public static final Path WEST_FRIESLAND = Path.of("../sample-data/west-friesland").toAbsolutePath().normalize();
    public static final Path SPEC_EXAMPLE = Path.of("../sample-data/spec-example").toAbsolutePath().normalize();

    private SampleData() {
    }

    /** Copies a data folder (reference and inbox) so a test may add or change files. */
    public static Path copy(Path data, Path target) {
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(data.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file below a folder by relative path, with its SHA-256: two equal maps mean equal bytes.
     * The run records under {@code runs/} are left out: they hold the times of each run by design;
     * so is the owner marker, which names the database that wrote the folder (issue 11).
     */
    public static Map<String, String> fingerprints(Path folder) {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile)
                    .filter(path -> !folder.relativize(path).startsWith("runs"))
                    .filter(path -> !folder.relativize(path).toString().equals(".settlement-owner")).toList()) {
                MessageDigest digest = Sha256.newDigest();
                result.put(folder.relativize(path).toString(), Sha256.hex(digest.digest(Files.readAllBytes(path))));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
