package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.core.value.Period;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settling by parts of the regions (issue 7) writes the same bytes as settling in one part: a
 * generated national set (many regions) and the west-friesland sample, each settled with a grid of
 * 1 and of 4 into separate databases, a first version and then, after the rest of the inbox came
 * in, a second one with corrections. Run on each database by a subclass.
 */
@SlowTest
abstract class SettlePartitionsContract {

    private static final String AS_OF = "2026-11-23";

    @TempDir
    Path temp;

    abstract TestDatabase database();

    @Test
    void aGeneratedSetSettlesToTheSameBytesInOnePartAndInFour() throws IOException {
        Path data = temp.resolve("generated");
        CliRun generate = CliRun.runRaw("generate", "--out", data.toString(), "--lines", "2000", "--seed", "11");
        assertThat(generate.exitStatus()).as(generate.err()).isZero();
        Matcher periods = Pattern.compile("periods ([0-9-]+)\\.\\.([0-9-]+)").matcher(generate.out());
        assertThat(periods.find()).as(generate.out()).isTrue();
        List<Period> all = Stream.iterate(Period.parse(periods.group(1)), p -> p.compareTo(Period.parse(periods.group(2))) <= 0,
                Period::next).toList();

        Settled one = settleInTwoRounds(data, temp.resolve("grid1"), 1, all);
        Settled four = settleInTwoRounds(data, temp.resolve("grid4"), 4, all);

        assertThat(one.parts()).isEqualTo(1);
        assertThat(four.parts()).as("a national set has more than 4 regions").isEqualTo(4);
        assertThat(one.files().keySet()).anyMatch(file -> file.endsWith("/v2/corrections.csv"));
        assertSameFiles(one.files(), four.files());
    }

    @Test
    void theSampleSettlesToTheSameBytesInOnePartAndInFour() throws IOException {
        Path data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("sample"));
        List<Period> all = List.of(Period.parse("2026-08"), Period.parse("2026-09"));

        assertSameFiles(settleInTwoRounds(data, temp.resolve("grid1"), 1, all).files(),
                settleInTwoRounds(data, temp.resolve("grid4"), 4, all).files());
    }

    /** Every statement file, and the most parts any settle ran in. */
    private record Settled(Map<String, byte[]> files, long parts) {
    }

    /**
     * Ingests the first half of the inbox and settles every period, then the rest and settles again,
     * all with the given grid, into a fresh database.
     */
    private Settled settleInTwoRounds(Path source, Path root, int grid, List<Period> periods)
            throws IOException {
        TestDatabase database = database();
        Path data = SampleData.copy(source, root.resolve("data"));
        Path held = Files.createDirectories(root.resolve("held"));
        List<Path> inbox;
        try (Stream<Path> files = Files.list(data.resolve("inbox"))) {
            inbox = files.sorted().toList();
        }
        for (Path file : inbox.subList(inbox.size() / 2, inbox.size())) {
            Files.move(file, held.resolve(file.getFileName()));
        }
        String out = root.resolve("out").toString();
        for (int round = 1; round <= 2; round++) {
            CliRun ingest = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out, "--as-of", AS_OF);
            assertThat(ingest.exitStatus()).as(ingest.err()).isZero();
            for (Period period : periods) {
                CliRun settle = CliRun.run(database, "settle", "--data", data.toString(), "--out", out,
                        "--period", period.toString(), "--settlement.partitions.grid=" + grid);
                assertThat(settle.exitStatus()).as(settle.err()).isZero();
            }
            try (Stream<Path> files = Files.list(held)) {
                for (Path file : files.toList()) {
                    Files.move(file, data.resolve("inbox").resolve(file.getFileName()));
                }
            }
        }
        return new Settled(SettleContract.contents(root.resolve("out/statements")), Queries.count(database,
                "select count(distinct step_name) from batch_step_execution where step_name like 'settleRegionStep:%'"));
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertThat(expected).isNotEmpty();
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((file, bytes) -> assertThat(new String(actual.get(file), StandardCharsets.UTF_8))
                .as(file).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }
}
