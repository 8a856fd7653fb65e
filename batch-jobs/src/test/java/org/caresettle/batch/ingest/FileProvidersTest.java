package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caresettle.batch.testsupport.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The providers a file names, read as the checks read them, without checking the file. */
class FileProvidersTest {

    private static final Path SAMPLE_INBOX = SampleData.WEST_FRIESLAND.resolve("inbox");
    private static final Path SAMPLE_CSV = SAMPLE_INBOX.resolve("2026-09-04_41710148_01.csv");
    private static final Path SAMPLE_XML = SAMPLE_INBOX.resolve("2026-09-03_41710023_01.xml");

    @TempDir
    Path temp;

    @Test
    void anXmlMessageNamesTheSenderOfItsHeader() {
        assertThat(providers(SAMPLE_XML)).containsExactly("41710023");
    }

    @Test
    void aCsvFileNamesTheProviderOfEveryDeclaration() throws IOException {
        List<String> lines = Files.readAllLines(SAMPLE_CSV, StandardCharsets.UTF_8);
        String row = lines.get(1);
        String other = row.replace("KO26080388A;", "XX1;").replace(";41710148;", "; 41710999 ;")
                .replace("KOD26080388", "XXD1");
        String unreadable = row.replace("KO26080388A;", "XX2;").replace(";41710148;", ";4171x148;")
                .replace("KOD26080388", "XXD2");

        assertThat(providers(write("two.csv", lines.get(0), row, other, unreadable)))
                .containsExactly("41710148", "41710999");
    }

    @Test
    void aFileThatCannotBeReadNamesNoProvider() throws IOException {
        String xml = Files.readString(SAMPLE_XML);
        Path cutBeforeTheSender = write("cut.xml", xml.substring(0, xml.indexOf("<Afzender>")));
        Path notCsv = write("not.csv", "just some words");

        assertThat(providers(cutBeforeTheSender)).isEmpty();
        assertThat(providers(notCsv)).isEmpty();
        assertThat(providers(write("notes.txt", Files.readString(SAMPLE_CSV)))).isEmpty();
    }

    private Path write(String name, String... lines) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static java.util.Set<String> providers(Path file) {
        return FileProviders.of(InboxScanner.fingerprint(file));
    }
}
