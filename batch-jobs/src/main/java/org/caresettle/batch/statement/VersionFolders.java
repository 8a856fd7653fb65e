package org.caresettle.batch.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caresettle.core.value.Period;

/**
 * The folders of one period's statements: {@code OUT/statements/<period>/v<N>/} for a published
 * version, and the hidden sibling {@code .v<N>.tmp/} where a version is written before it is
 * renamed into view in one atomic move (SPEC 9: files appear whole or not at all).
 */
public record VersionFolders(Path periodFolder) {

    private static final Pattern VERSION = Pattern.compile("v([1-9][0-9]{0,8})");

    public static VersionFolders of(Path out, Period period) {
        return new VersionFolders(out.resolve("statements").resolve(period.toString()));
    }

    public Path published(int version) {
        return periodFolder.resolve("v" + version);
    }

    public Path pending(int version) {
        return periodFolder.resolve(".v" + version + ".tmp");
    }

    /** The published version numbers, ascending. */
    public List<Integer> publishedVersions() {
        if (!Files.isDirectory(periodFolder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(periodFolder)) {
            return children.filter(Files::isDirectory)
                    .map(path -> VERSION.matcher(path.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The regular files of one version folder, sorted by name. */
    public static List<Path> files(Path versionFolder) {
        try (Stream<Path> children = Files.list(versionFolder)) {
            return children.filter(Files::isRegularFile).sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public OptionalInt latestPublished() {
        List<Integer> versions = publishedVersions();
        return versions.isEmpty() ? OptionalInt.empty() : OptionalInt.of(versions.get(versions.size() - 1));
    }
}
