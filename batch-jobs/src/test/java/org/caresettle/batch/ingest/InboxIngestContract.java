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
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest of SPEC 4, 5 and 14 through the command line, on the West-Friesland sample: every
 * line gets the verdict the sample's author worked out by hand, every JW325 answer is valid, and
 * a second run changes nothing. Runs on each database through a subclass.
 */
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
