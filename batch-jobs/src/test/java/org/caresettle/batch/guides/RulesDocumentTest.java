package org.caresettle.batch.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules live inside the repository (issue 15, item 6): {@code docs/rules.md} has every section
 * that code comments and docs cite as "SPEC n" or "SPEC n.m" (also in lists and ranges such as
 * "SPEC 4, 5, 9, 14" and "SPEC 6–10"), nothing links to the old copy outside the repository, and
 * the licence is there and named in the README and the pom.
 */
class RulesDocumentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path RULES = ROOT.resolve("docs/rules.md");
    private static final Set<String> SCANNED = Set.of(".java", ".md", ".properties", ".sql", ".xml", ".sh",
            ".mustache", ".html", ".yml", ".json");
    /** A section number: one or two digits, then ".m" parts; longer numbers (return codes such as 9321) are not sections. */
    private static final String NUMBER = "\\d{1,2}(?:\\.\\d{1,2})*(?![\\d.]\\d)";
    /** "SPEC 7.2", "SPEC section 3", "SPEC.md 9", then more numbers joined by ",", "and", "to" or a dash. */
    private static final Pattern CITATION = Pattern.compile("SPEC(?:\\.md)?(?: sections?)? (" + NUMBER
            + "(?:(?:\\s*,\\s*|\\s*[–-]\\s*|\\s+and\\s+|\\s+to\\s+)" + NUMBER + ")*)");
    private static final Pattern ONE_NUMBER = Pattern.compile(NUMBER);
    private static final Pattern HEADING = Pattern.compile("(?m)^#{2,3} (" + NUMBER + ")\\.? ");

    @Test
    void everyCitedSectionIsInTheRules() throws IOException {
        Set<String> sections = new TreeSet<>();
        Matcher heading = HEADING.matcher(Files.readString(RULES));
        while (heading.find()) {
            sections.add(heading.group(1));
        }
        assertThat(sections).as("sections of docs/rules.md").contains("1", "4.2", "7.2", "14");

        List<String> citations = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Path file : scannedFiles()) {
            Matcher citation = CITATION.matcher(read(file));
            while (citation.find()) {
                Matcher number = ONE_NUMBER.matcher(citation.group(1));
                while (number.find()) {
                    citations.add(number.group());
                    if (!sections.contains(number.group())) {
                        missing.add(ROOT.relativize(file) + ": \"" + citation.group() + "\" (section " + number.group() + ")");
                    }
                }
            }
        }
        assertThat(citations).as("citations found").hasSizeGreaterThan(100);
        assertThat(missing).as("citations of sections docs/rules.md does not have").isEmpty();
    }

    @Test
    void nothingLinksToTheRulesOutsideTheRepository() throws IOException {
        List<String> outside = scannedFiles().stream().filter(file -> read(file).contains("shared/SPEC"))
                .map(file -> ROOT.relativize(file).toString()).toList();
        assertThat(outside).isEmpty();
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("](docs/rules.md)");
    }

    @Test
    void theLicenceIsTheEuplAndSaysSo() throws IOException {
        assertThat(Files.readString(ROOT.resolve("LICENSE")))
                .startsWith("                      EUROPEAN UNION PUBLIC LICENCE v. 1.2")
                .contains("15. Applicable Law", "‘Compatible Licences’ according to Article 5 EUPL are:")
                .endsWith("EUPL version.\n\n");
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("EUPL-1.2", "](LICENSE)");
        assertThat(Files.readString(ROOT.resolve("pom.xml"))).contains("<licenses>", "<name>EUPL-1.2</name>");
    }

    private static List<Path> scannedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !isSkipped(ROOT.relativize(file)))
                    .filter(file -> SCANNED.stream().anyMatch(file.getFileName().toString()::endsWith))
                    .sorted().toList();
        }
    }

    /** Build output, git's own files, and the test itself (its examples are not citations). */
    private static boolean isSkipped(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.equals("target") || name.startsWith(".") || name.equals("node_modules")) {
                return true;
            }
        }
        return relative.getFileName().toString().equals("RulesDocumentTest.java");
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
