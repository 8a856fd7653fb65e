package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.IstandaardValidation;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest of SPEC 4, 5 and 14 through the command line, on the West-Friesland sample: every
 * line gets the verdict the sample's author worked out by hand, every JW325 answer is valid, and
 * a second run changes nothing. Runs on each database through a subclass.
 */
@SlowTest
abstract class InboxIngestContract {

    private static final String AS_OF = "2026-11-23";

    @TempDir
    Path temp;

    abstract TestDatabase database();

    @Test
    void everyLineOfTheSampleGetsItsExpectedVerdictAndEveryAnswerIsValid() throws IOException {
        TestDatabase database = database();
        Path out = temp.resolve("out");

        CliRun run = CliRun.run(database, "ingest", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                out.toString(), "--as-of", AS_OF);

        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).contains("73 new files (73 ingested", "143 declarations", "lines 634 accepted 45 rejected");
        Map<String, String> expected = expectedVerdicts();
        Map<String, String> actual = new HashMap<>();
        database.dsl().fetch("""
                select f.file_name, d.message_id, l.reference, l.verdict, l.codes, d.declaration_codes
                from declaration_line l join declaration d on d.declaration_id = l.declaration_id
                join inbox_file f on f.file_id = d.file_id""").forEach(r -> {
            String declarationCodes = r.get(5, String.class);
            String key = r.get(0, String.class) + "|" + r.get(1, String.class) + "|"
                    + (declarationCodes != null ? "*" : r.get(2, String.class));
            String verdict = "ACCEPTED".equals(r.get(3, String.class)) ? "ACCEPTED"
                    : declarationCodes != null ? declarationCodes : r.get(4, String.class);
            actual.put(key, verdict);
        });
        List<String> mismatches = new ArrayList<>();
        actual.forEach((key, verdict) -> {
            String wanted = expected.getOrDefault(key, "ACCEPTED");
            if (!wanted.equals(verdict)) {
                mismatches.add(key + ": expected " + wanted + ", got " + verdict);
            }
        });
        expected.keySet().stream().filter(key -> !actual.containsKey(key))
                .forEach(key -> mismatches.add(key + ": expected " + expected.get(key) + ", not found"));
        assertThat(mismatches).isEmpty();

        List<Path> answers = files(out.resolve("responses"), ".xml");
        assertThat(answers).hasSize(58);
        for (Path answer : answers) {
            byte[] xml = Files.readAllBytes(answer);
            assertThat(IstandaardValidation.xsdErrors(xml, IstandaardValidation.JW325_XSD)).as(answer.toString()).isEmpty();
            assertThat(IstandaardValidation.ruleViolations(xml)).as(answer.toString()).isEmpty();
        }
        assertThat(files(out.resolve("responses"), ".csv")).hasSize(143);
    }

    @Test
    void aSecondRunOnTheSameInboxChangesNothing() {
        TestDatabase database = database();
        Path out = temp.resolve("out");
        String[] ingest = {"ingest", "--data", SampleData.WEST_FRIESLAND.toString(), "--out", out.toString(),
                "--as-of", AS_OF};
        assertThat(CliRun.run(database, ingest).exitStatus()).isZero();
        Map<String, String> before = SampleData.fingerprints(out);
        long lines = Queries.count(database, "select count(*) from declaration_line");

        CliRun again = CliRun.run(database, ingest);

        assertThat(again.exitStatus()).isZero();
        assertThat(again.out()).contains("inbox: 0 new files");
        assertThat(SampleData.fingerprints(out)).isEqualTo(before);
        assertThat(Queries.count(database, "select count(*) from declaration_line")).isEqualTo(lines);
        assertThat(Queries.count(database, "select count(*) from inbox_file")).isEqualTo(73);
    }

    @Test
    void hostileAndBrokenFilesAreRejectedWithTheirReasonAndTheRunGoesOn() throws IOException {
        TestDatabase database = database();
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        Path inbox = data.resolve("inbox");
        Path good = inbox.resolve("2026-03-03_12345678_1.csv");
        String goodCsv = Files.readString(good);
        String header = goodCsv.substring(0, goodCsv.indexOf('\n') + 1);
        String firstRow = goodCsv.lines().skip(1).findFirst().orElseThrow();
        Files.writeString(inbox.resolve("h1_xxe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE Bericht [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw323/schema">&x;</Bericht>
                """);
        Files.writeString(inbox.resolve("h2_bomb.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <Bericht xmlns="http://www.istandaarden.nl/ijw/3_2/jw323/schema">&lol3;</Bericht>
                """);
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        Files.write(inbox.resolve("h3_binary.csv"), binary);
        String wholeXml = Files.readString(SampleData.WEST_FRIESLAND.resolve("inbox/2026-09-03_41710023_01.xml"));
        Files.writeString(inbox.resolve("h4_truncated.xml"), wholeXml.substring(0, wholeXml.length() / 2));
        Files.write(inbox.resolve("h5_latin1.csv"), concat(header.getBytes(StandardCharsets.UTF_8),
                new byte[] {'x', (byte) 0xE9, '\n'}));
        writeHugeField(inbox.resolve("h6_huge_field.csv"), header);
        Files.writeString(inbox.resolve("h7_few_cells.csv"), header + "M7,2026-04-01,12345678\n");
        Files.writeString(inbox.resolve("h8_formula.csv"), header + firstRow
                .replaceFirst("^[^,]*", "MF1")
                .replace(firstRow.split(",")[12], "=HYPERLINK(1)") + "\n");
        Files.writeString(inbox.resolve("h9_notes.txt"), "not a declaration");
        Files.writeString(inbox.resolve(".h10_partial.csv"), header);
        Files.copy(good, inbox.resolve("z_copy_of_good.csv"));
        Path out = temp.resolve("out");

        CliRun run = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out.toString(),
                "--as-of", "2026-04-10");

        assertThat(run.exitStatus()).isZero();
        String files = Files.readString(out.resolve("files.csv"));
        assertThat(files)
                .contains("h1_xxe.xml").contains("DOCTYPE not allowed")
                .contains("h3_binary.csv").contains("not a text file")
                .contains("h5_latin1.csv").contains("not UTF-8 text")
                .contains("h6_huge_field.csv").contains("longer than")
                .contains("h9_notes.txt").contains("SKIPPED")
                .contains("z_copy_of_good.csv").contains("DUPLICATE")
                .doesNotContain("h10_partial");
        assertThat(outcomeOf(files, "h1_xxe.xml")).isEqualTo("REJECTED");
        assertThat(outcomeOf(files, "h2_bomb.xml")).isEqualTo("REJECTED");
        assertThat(outcomeOf(files, "h4_truncated.xml")).isEqualTo("REJECTED");
        assertThat(outcomeOf(files, "h7_few_cells.csv")).isEqualTo("INGESTED");
        assertThat(outcomeOf(files, "2026-03-03_12345678_1.csv")).isEqualTo("INGESTED");
        assertThat(Queries.count(database, "select count(*) from declaration d join inbox_file f on f.file_id = d.file_id"
                + " where f.file_name = 'h7_few_cells.csv' and d.rule_names like '%FIELD_COUNT%'")).isEqualTo(1);
        String formulaAnswer = Files.readString(files(out.resolve("responses"), ".csv").stream()
                .filter(p -> p.getFileName().toString().startsWith("h8_formula.csv")).findFirst().orElseThrow());
        assertThat(formulaAnswer).contains("'=HYPERLINK(1)").doesNotContain(",=HYPERLINK");
        assertThat(run.out()).contains("13 new files (5 ingested, 1 duplicate, 6 rejected, 1 skipped)");
    }

    private static String outcomeOf(String filesCsv, String fileName) {
        return filesCsv.lines().filter(line -> line.startsWith(fileName + ",")).findFirst().orElseThrow()
                .split(",")[3];
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** A CSV file whose one row holds a 100 MB cell, written in pieces so the test needs no such heap. */
    private static void writeHugeField(Path file, String header) throws IOException {
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(header.getBytes(StandardCharsets.UTF_8));
            out.write("M6,".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 100; i++) {
                out.write(chunk);
            }
            out.write('\n');
        }
    }

    /** {@code file|message_id|reference} (reference {@code *} for a whole declaration) to its codes. */
    private static Map<String, String> expectedVerdicts() throws IOException {
        Map<String, String> expected = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(SampleData.WEST_FRIESLAND.resolve("expected-verdicts.csv"),
                StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().get())) {
            for (CSVRecord row : parser) {
                expected.put(row.get("file") + "|" + row.get("message_id") + "|" + row.get("reference"),
                        row.get("expected_codes"));
            }
        }
        return expected;
    }

    static List<Path> files(Path folder, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
