package org.caresettle.batch.ingest;

import org.caresettle.batch.cli.PreparedCommand;
import org.caresettle.batch.cli.SettlementCli;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.caresettle.batch.run.RunMetrics;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ingest counters (issue 3.7) after an ingest of the West-Friesland sample, read from the
 * application's own registry, against what the database says was decided; and the progress
 * line on standard error, with the interval made short.
 */
@SlowTest
class IngestMetricsH2Test {

    @TempDir
    Path temp;

    @Test
    void countersMatchWhatWasDecided() throws Exception {
        TestDatabase database = TestDatabases.h2();
        Path out = temp.resolve("out");
        List<String> args = new ArrayList<>(List.of("ingest", "--data", SampleData.WEST_FRIESLAND.toString(),
                "--out", out.toString(), "--as-of", "2026-11-23", "--settlement.progress.interval=50ms"));
        args.addAll(database.springArguments());
        PreparedCommand ingest = SettlementCli.prepare(args.toArray(String[]::new));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        try (ConfigurableApplicationContext context = ingest.start();
                PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = ingest.run(context, new PrintStream(new ByteArrayOutputStream()), errStream);
            assertThat(status).isZero();
            MeterRegistry registry = context.getBean(MeterRegistry.class);

            assertThat(count(registry, IngestMetrics.FILES, "outcome", "INGESTED")).isEqualTo(73);
            assertThat(registry.find(IngestMetrics.FILES).tag("outcome", "DUPLICATE").counter()).isNull();
            assertThat(count(registry, IngestMetrics.LINES, "verdict", "ACCEPTED")).isEqualTo(634);
            assertThat(count(registry, IngestMetrics.LINES, "verdict", "REJECTED")).isEqualTo(45);
            assertThat(byTag(registry, IngestMetrics.DECLARATIONS, "answer")).isEqualTo(database.dsl()
                    .fetch("select answer_code, count(*) from declaration group by answer_code")
                    .intoMap(r -> r.get(0, String.class), r -> r.get(1, Long.class)))
                    .containsKey("8001");
            Map<String, Long> codes = byTag(registry, IngestMetrics.REJECTION_CODES, "code");
            assertThat(codes).isEqualTo(codesInDatabase(database));
            assertThat(codes.values().stream().mapToLong(Long::longValue).sum())
                    .as("a line with several codes counts under each").isGreaterThan(45);

            // Issue 15: the lines of each provider, accepted and rejected, as the database decided them.
            Map<String, Long> providerLines = new TreeMap<>();
            registry.find(IngestMetrics.PROVIDER_LINES).counters().forEach(counter -> providerLines.put(
                    counter.getId().getTag("provider") + " " + counter.getId().getTag("verdict"), (long) counter.count()));
            Map<String, Long> decided = new TreeMap<>(database.dsl()
                    .fetch("select d.provider_agb, l.verdict, count(*) from declaration_line l"
                            + " join declaration d on d.declaration_id = l.declaration_id group by d.provider_agb, l.verdict")
                    .intoMap(r -> r.get(0, String.class).trim() + " " + r.get(1, String.class), r -> r.get(2, Long.class)));
            providerLines.values().removeIf(count -> count == 0);
            assertThat(providerLines).isNotEmpty().isEqualTo(decided);

            Timer duration = registry.find(RunMetrics.DURATION).tags("command", "ingest", "outcome", "DONE").timer();
            assertThat(duration).isNotNull();
            assertThat(duration.count()).isEqualTo(1);
            assertThat(registry.find(RunMetrics.LAST_SUCCESS).tag("command", "ingest").gauge().value()).isPositive();
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .containsPattern("ingest progress: \\d+ of 73 files, \\d+ lines, \\d+ lines/s, (about \\d+ s left"
                        + "|time left not yet known)");
        String record = Files.readString(out.resolve("runs/1.json"));
        assertThat(record).contains("\"outcome\": \"DONE\"", "\"exit_status\": 0", "\"business_date\": \"2026-11-23\"",
                "\"files_ingested\": 73", "\"lines_accepted\": 634", "\"lines_rejected\": 45");
    }

    private static long count(MeterRegistry registry, String name, String tag, String value) {
        Counter counter = registry.find(name).tag(tag, value).counter();
        return counter == null ? 0 : (long) counter.count();
    }

    private static Map<String, Long> byTag(MeterRegistry registry, String name, String tag) {
        return registry.find(name).counters().stream()
                .collect(Collectors.toMap(c -> c.getId().getTag(tag), c -> (long) c.count(), Long::sum, TreeMap::new));
    }

    private static Map<String, Long> codesInDatabase(TestDatabase database) {
        Map<String, Long> codes = new TreeMap<>();
        for (String joined : database.dsl().fetch("select codes from declaration_line where verdict = 'REJECTED'")
                .getValues(0, String.class)) {
            for (String code : joined.split("\\|")) {
                codes.merge(code, 1L, Long::sum);
            }
        }
        return codes;
    }
}
