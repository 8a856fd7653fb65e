package org.caresettle.batch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version, the git commit and the build time, read from what the build
 * wrote into the jar ({@code META-INF/build-info.properties} by Spring Boot's build-info,
 * {@code git.properties} by the git-commit-id plugin), the same as {@code /actuator/info} shows.
 */
final class BuildVersion implements IVersionProvider {

    private static final String UNKNOWN = "unknown";

    @Override
    public String[] getVersion() {
        Properties build = load("META-INF/build-info.properties");
        Properties git = load("git.properties");
        String commit = git.getProperty("git.commit.id.abbrev", UNKNOWN)
                + ("true".equals(git.getProperty("git.dirty")) ? " (with uncommitted changes)" : "");
        return new String[] {
                "settlement " + build.getProperty("build.version", UNKNOWN),
                "commit " + commit + " of " + git.getProperty("git.commit.time", UNKNOWN),
                "built " + build.getProperty("build.time", UNKNOWN),
                "Java " + System.getProperty("java.version")};
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the jar", e);
        }
        return properties;
    }
}
