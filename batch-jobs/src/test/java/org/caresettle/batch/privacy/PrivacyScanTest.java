package org.caresettle.batch.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.caresettle.batch.testsupport.SampleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scanner of {@link PrivacyTest} finds what it must, so that its silence there means something. */
class PrivacyScanTest {

    static final Set<String> BSNS = Set.of("999911120", "999922047");

    @TempDir
    Path temp;

    @Test
    void findsAPlantedBsnInContentAndNameButNotInSkippedFolders() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.createDirectories(out.resolve("statements/2026-10/v1"));
        Files.writeString(out.resolve("statements/2026-10/v1/detail_0405.csv"), "a,b\nx,client999911120y\n");
        Files.writeString(out.resolve("statements/2026-10/v1/invoice_0405.csv"), "a,b\n1,2\n");
        Files.write(out.resolve("notes.txt"), "Zorgcoöperatie ".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(out.resolve("run-999922047.json"), "{}");
        Files.createDirectories(out.resolve("exports/2026-10/v1"));
        // A workbook is a zip: the BSN is compressed away in its bytes and must be found in its entry.
        Path workbook = out.resolve("exports/2026-10/v1/invoice_0405.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(workbook))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
            zip.write("<c t=\"inlineStr\"><is><t>client 999922047</t></is></c>".repeat(20)
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(new String(Files.readAllBytes(workbook), StandardCharsets.ISO_8859_1)).doesNotContain("999922047");
        Files.createDirectories(out.resolve("responses/41710023"));
        Files.writeString(out.resolve("responses/41710023/a.xml"), "<Bsn>999922047</Bsn>");

        var findings = BsnScan.inFiles(out, BSNS, relative -> relative.startsWith("responses"));

        assertThat(findings).extracting(Object::toString).containsExactlyInAnyOrder(
                "statements/2026-10/v1/detail_0405.csv holds BSN 999911120",
                "exports/2026-10/v1/invoice_0405.xlsx!xl/worksheets/sheet2.xml holds BSN 999922047",
                "path run-999922047.json holds BSN 999922047");
        assertThat(BsnScan.inFiles(out, BSNS, relative -> false)).hasSize(4);
    }

    @Test
    void findsAPlantedBsnInText() {
        assertThat(BsnScan.inText("log", "12:00:01 WARN  X - line 4: BSN 999922047 fails", BSNS)).hasSize(1);
        assertThat(BsnScan.inText("log", "12:00:01 INFO  X - client 3f2a9c0b1d4e5f60", BSNS)).isEmpty();
    }

    @Test
    void readsTheBsnsOfEveryInputFormat() {
        Set<String> bsns = BsnScan.ofInputs(SampleData.WEST_FRIESLAND);

        assertThat(bsns).contains(
                "999938368",   // <Bsn> of an XML inbox file (2026-09-03_41710023_01.xml)
                "999972558",   // bsn column of a ;-separated CSV inbox file (2026-11-04_41710148_01.csv)
                "999922038")   // bsn column of a ,-separated CSV inbox file (2026-11-10_75310042_01.csv)
                .allMatch(bsn -> bsn.matches("[0-9]{9}"));
        assertThat(bsns.size()).isGreaterThan(200);
    }
}
