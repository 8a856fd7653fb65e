package org.caresettle.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code results.csv} and {@code results_quarters.csv} (issue 16 item 1) reconcile with the payment
 * statements, read back from the CSV files alone: per municipality, provider and product the paid total of
 * the year up to P equals the sum of the DIRECT and OUTCOME_RELEASE lines of the payment statements
 * (latest version of each period) of those months, to the cent; a region's row is the sum of its
 * municipalities'. On the West-Friesland sample and on a generated set.
 */
@SlowTest
class ResultsReconciliationTest {

    private static final String AS_OF = "2026-11-23";

    @TempDir
    Path temp;

    @Test
    void theSampleRegionReconciles() throws IOException {
        Path out = nightly(SampleData.WEST_FRIESLAND);

        Map<String, Long> resultPaid = reconcile(out);

        assertThat(resultPaid).as("RESULT products of West-Friesland are paid").isNotEmpty()
                .allSatisfy((key, paid) -> assertThat(paid).isPositive());
        List<CSVRecord> october = read(out.resolve("reports/2026-10/results.csv"));
        assertThat(october).anySatisfy(row -> {
            assertThat(row.get("municipality_code")).isEmpty();
            assertThat(row.get("trajectories_ended")).isNotEqualTo("0");
            assertThat(row.get("achievement_rate")).matches("\\d+/\\d+")
                    .isEqualTo(row.get("achieved") + "/" + row.get("trajectories_ended"));
        });
    }

    @Test
    void aGeneratedSetReconciles() throws IOException {
        Path data = temp.resolve("generated");
        CliRun generate = CliRun.runRaw("generate", "--out", data.toString(), "--lines", "3000", "--seed", "16");
        assertThat(generate.exitStatus()).as(generate.err()).isZero();
        Path out = nightly(data);

        assertThat(reconcile(out)).isNotEmpty();
    }

    private Path nightly(Path data) {
        Path out = temp.resolve("out-" + data.getFileName());
        try (TestDatabase database = TestDatabases.h2()) {
            CliRun nightly = CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(),
                    "--as-of", AS_OF);
            assertThat(nightly.exitStatus()).as(nightly.err()).isZero();
        }
        return out;
    }

    /**
     * Checks every reported period of {@code out} against its statements; returns the RESULT products'
     * paid totals of the last period by municipality, provider and product.
     */
    private static Map<String, Long> reconcile(Path out) throws IOException {
        Map<String, Long> lastResults = Map.of();
        List<String> periods = children(out.resolve("reports"));
        assertThat(periods).isNotEmpty();
        for (String period : periods) {
            Map<String, Long> statements = new TreeMap<>();
            Map<String, Long> resultStatements = new TreeMap<>();
            for (String month : children(out.resolve("statements"))) {
                if (month.compareTo(period.substring(0, 4) + "-01") < 0 || month.compareTo(period) > 0) {
                    continue;
                }
                Path version = latestVersion(out.resolve("statements").resolve(month));
                for (String file : children(version)) {
                    if (!file.startsWith("payment_")) {
                        continue;
                    }
                    for (CSVRecord line : read(version.resolve(file))) {
                        String type = line.get("line_type");
                        if (type.equals("DIRECT") || type.equals("OUTCOME_RELEASE")) {
                            long amount = Long.parseLong(line.get("amount_cents"));
                            statements.merge(key(line), amount, Long::sum);
                            if (line.get("financing").equals("RESULT")) {
                                resultStatements.merge(key(line), amount, Long::sum);
                            }
                        }
                    }
                }
            }
            Path reports = out.resolve("reports").resolve(period);
            Map<String, Long> quarters = paidByKey(read(reports.resolve(ResultsFiles.QUARTERS)));
            Map<String, Long> results = paidByKey(read(reports.resolve(ResultsFiles.RESULTS)));
            assertThat(quarters).as(period + ": results_quarters.csv against the payment statements")
                    .isEqualTo(statements);
            assertThat(results).as(period + ": results.csv against the payment statements' RESULT lines")
                    .isEqualTo(resultStatements);
            assertRegionsAreTheirMunicipalities(read(reports.resolve(ResultsFiles.QUARTERS)));
            assertRegionsAreTheirMunicipalities(read(reports.resolve(ResultsFiles.RESULTS)));
            lastResults = results;
        }
        return lastResults;
    }

    /** The municipality rows' paid totals (all quarters summed), by municipality, provider and product. */
    private static Map<String, Long> paidByKey(List<CSVRecord> rows) {
        Map<String, Long> paid = new TreeMap<>();
        for (CSVRecord row : rows) {
            if (!row.get("municipality_code").isEmpty()) {
                paid.merge(key(row), Long.parseLong(row.get("paid_cents")), Long::sum);
            }
        }
        paid.values().removeIf(cents -> cents == 0);
        return paid;
    }

    private static void assertRegionsAreTheirMunicipalities(List<CSVRecord> rows) {
        Map<String, Long> regions = new TreeMap<>();
        Map<String, Long> members = new TreeMap<>();
        for (CSVRecord row : rows) {
            String key = row.get("region_code") + "|" + row.get("provider_agb") + "|" + row.get("law") + "|"
                    + row.get("category") + "|" + row.get("code") + "|" + (row.isMapped("quarter") ? row.get("quarter") : "");
            (row.get("municipality_code").isEmpty() ? regions : members)
                    .merge(key, Long.parseLong(row.get("paid_cents")), Long::sum);
        }
        assertThat(regions).isEqualTo(members);
    }

    private static String key(CSVRecord row) {
        return row.get("municipality_code") + "|" + row.get("provider_agb") + "|" + row.get("law") + "|"
                + row.get("category") + "|" + row.get("code");
    }

    private static Path latestVersion(Path period) throws IOException {
        return period.resolve(children(period).stream().filter(name -> name.matches("v\\d+"))
                .max((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))))
                .orElseThrow());
    }

    private static List<String> children(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted()
                    .toList();
        }
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            return new ArrayList<>(parser.getRecords());
        }
    }
}
