package org.caresettle.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.files.FileTrees;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.util.FileSystemUtils;

/**
 * {@code report} on the West-Friesland sample after {@code nightly}, run on each database by a subclass.
 * The sample is ingested and settled once per class (it is the expensive part); each test reads what
 * that run left, except the ones that need a database of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@SlowTest
abstract class ReportContract {

    static final String OCTOBER = "2026-10";
    static final List<String> WEST_FRIESLAND = List.of("0388", "0405", "0420", "0432", "0498", "0532", "1598");
    static final List<String> INDICATORS = List.of("budget_forecast_JW", "budget_forecast_WMO",
            "pooling_adjustment_period", "pooling_adjustment_year", "high_cost_clients", "allocations_nearly_used",
            "provider_rejection_rate", "cost_per_client_change_JW", "cost_per_client_change_WMO",
            "provider_cost_above_median");
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    Path temp;
    TestDatabase database;
    Path out;
    CliRun nightly;
    CliRun report;

    abstract TestDatabase database();

    @BeforeAll
    void nightlyThenReport() throws IOException {
        temp = Files.createTempDirectory("report-test");
        database = database();
        out = temp.resolve("out");
        nightly = CliRun.run(database, "nightly", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                out.toString(), "--as-of", "2026-11-23");
        report = report(database, out, OCTOBER);
    }

    @AfterAll
    void removeTheOutput() throws IOException {
        FileTrees.delete(temp);
    }

    @Test
    void nightlyReportsEverySettledPeriodAndReportRewritesNothingUnchanged() throws IOException {
        assertThat(nightly.exitStatus()).as(nightly.err()).isZero();
        assertThat(nightly.out()).contains("nightly: report")
                .contains("period 2026-08: risk reports written").contains("period 2026-09: risk reports written")
                .contains("period 2026-10: risk reports written");
        assertThat(report.exitStatus()).as(report.err()).isZero();
        assertThat(report.out()).contains("period 2026-10: risk reports unchanged")
                .contains("7 municipalities in 1 region, from v1");
        assertThat(fileNames(out.resolve("reports"))).containsExactly("2026-08", "2026-09", "2026-10");
    }

    /** The files of issue 16 beside the risk reports: results, cost per trajectory, landscape, signals. */
    static final List<String> ISSUE_16_FILES = List.of("results.csv", "results_quarters.csv", "landscape.csv",
            "signals.csv");

    @Test
    void everyMunicipalityOfTheRegionGetsARiskFileWithEveryIndicator() throws IOException {
        Path folder = out.resolve("reports").resolve(OCTOBER);
        List<String> expected = new ArrayList<>(WEST_FRIESLAND.stream().map(m -> "risk_" + m + ".csv").toList());
        expected.add("overview.html");
        expected.addAll(ISSUE_16_FILES);
        assertThat(fileNames(folder)).containsExactlyInAnyOrderElementsOf(expected);
        for (String municipality : WEST_FRIESLAND) {
            Path file = folder.resolve("risk_" + municipality + ".csv");
            assertThat(Files.readAllLines(file).get(0)).isEqualTo("municipality_code,period,version,indicator,value,unit,"
                    + "watch_from,alert_above,threshold_unit,level,threshold,detail");
            List<CSVRecord> rows = records(file);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.get("municipality_code")).isEqualTo(municipality);
                assertThat(row.get("period")).isEqualTo(OCTOBER);
                assertThat(row.get("version")).isEqualTo("1");
            });
            assertThat(rows).extracting(r -> r.get("indicator")).as(file.toString()).containsExactlyElementsOf(INDICATORS);
            assertThat(rows).extracting(r -> r.get("level")).allMatch(level -> Set.of("OK", "WATCH", "ALERT").contains(level));
        }
        assertThat(Queries.count(database,
                "select count(*) from risk_indicator where settlement_period = '2026-10'")).isEqualTo(70);
        assertThat(Queries.count(database, "select count(*) from risk_indicator where settlement_period = '2026-10'"
                + " and risk_level not in ('OK', 'WATCH', 'ALERT')")).isZero();
        assertThat(Queries.count(database, "select count(distinct version_id) from risk_indicator"
                + " where settlement_period = '2026-10'")).isEqualTo(1);
    }

    @Test
    void everyValueAndThresholdIsAPlainNumberWithItsUnit() throws IOException {
        Set<String> units = Set.of("percent", "euro", "count", "basis_points");
        for (String municipality : WEST_FRIESLAND) {
            for (CSVRecord row : records(out.resolve("reports/2026-10/risk_" + municipality + ".csv"))) {
                String what = municipality + " " + row.get("indicator");
                if (!row.get("value").isEmpty()) {
                    assertThat(new BigDecimal(row.get("value"))).as(what).isNotNull();
                }
                assertThat(row.get("unit")).as(what).isIn(units);
                assertThat(row.get("threshold_unit")).as(what).isIn("percent", "basis_points");
                assertThat(new BigDecimal(row.get("watch_from")))
                        .isLessThanOrEqualTo(new BigDecimal(row.get("alert_above")));
                assertThat(row.get("threshold")).as(what).startsWith("WATCH from ");
            }
        }
        // Summable: the pooling adjustments of the region's municipalities add up to 0 (SPEC 8).
        BigDecimal pooled = BigDecimal.ZERO;
        for (String municipality : WEST_FRIESLAND) {
            CSVRecord adjustment = records(out.resolve("reports/2026-10/risk_" + municipality + ".csv")).stream()
                    .filter(r -> r.get("indicator").equals("pooling_adjustment_period")).findFirst().orElseThrow();
            assertThat(adjustment.get("unit")).isEqualTo("euro");
            pooled = pooled.add(new BigDecimal(adjustment.get("value")));
        }
        assertThat(pooled.signum()).isZero();
    }

    @Test
    void theSignalsCarryTheirWordsAndTheSameAsNumbers() throws IOException {
        Path file = out.resolve("reports/2026-10/signals.csv");
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(String.join(",", SignalsFile.COLUMNS));
        Set<String> numbers = Set.of("count", "total", "share_bp", "count_before", "total_before", "share_before_bp",
                "change_bp", "watch_from", "alert_above", "rise_watch_from_bp", "rise_alert_above_bp", "minimum",
                "within_days", "items_not_listed");
        List<CSVRecord> rows = records(file);
        for (CSVRecord row : rows) {
            for (String column : numbers) {
                if (!row.get(column).isEmpty()) {
                    assertThat(Long.parseLong(row.get(column))).as(row + " " + column).isNotNull();
                }
            }
            assertThat(row.get("threshold_unit")).isIn("basis_points", "count");
            assertThat(row.get("not_rated").isEmpty()).as(row.toString()).isEqualTo(!row.get("detail").contains("not rated")
                    && !row.get("detail").startsWith("no product") && !(row.get("signal").equals("ACHIEVED_SOON")
                            && row.get("value").equals("0/0")));
        }
        // Kompas's rejection rate: 22 of 47 lines, 11 references each sent in two files, named once each.
        CSVRecord kompas = rows.stream().filter(r -> r.get("provider_agb").equals("41710148")
                && r.get("signal").equals("REJECTION_RATE")).findFirst().orElseThrow();
        assertThat(List.of(kompas.get("count"), kompas.get("total"), kompas.get("share_bp"), kompas.get("count_before"),
                kompas.get("total_before"), kompas.get("change_bp"), kompas.get("watch_from"), kompas.get("alert_above"),
                kompas.get("minimum"), kompas.get("level")))
                .containsExactly("22", "47", "4681", "0", "25", "4681", "1000", "2500", "20", "ALERT");
        assertThat(kompas.get("items").split("; ")).hasSize(11).allMatch(item -> item.endsWith(":2"));
        assertThat(kompas.get("detail")).startsWith("rejected: KO261000052 (2×), KO261000053 (2×)")
                .doesNotContain("KO261000052, KO261000052");
        // The levels of the sample, unchanged: Kompas's ALERT, and a WATCH for five providers' shared clients.
        assertThat(rows.stream().filter(r -> !r.get("level").equals("OK"))
                .map(r -> r.get("provider_agb") + " " + r.get("signal") + " " + r.get("level")))
                .containsExactly("41710023 CLIENT_MANY_PROVIDERS WATCH", "41710148 REJECTION_RATE ALERT",
                        "41710148 CLIENT_MANY_PROVIDERS WATCH", "41730267 CLIENT_MANY_PROVIDERS WATCH",
                        "41740519 CLIENT_MANY_PROVIDERS WATCH", "75320177 CLIENT_MANY_PROVIDERS WATCH");
    }

    @Test
    void theSampleHasSomethingToSay() throws IOException {
        // Opmeer, 2026-10: 41730267 sent two lines, one rejected with 9322 (sample README): 50 %, above 25 %.
        List<CSVRecord> opmeer = records(out.resolve("reports/2026-10/risk_0432.csv"));
        CSVRecord rejection = opmeer.stream().filter(r -> r.get("indicator").equals("provider_rejection_rate"))
                .findFirst().orElseThrow();
        assertThat(rejection.get("level")).isEqualTo("ALERT");
        assertThat(rejection.get("detail")).contains("41730267 50.00% (1 of 2)");
        // Trajectory 2779161 (frequency 6, one piece) is used up.
        assertThat(levels(out.resolve("reports/2026-10/risk_0432.csv")).get("allocations_nearly_used")).isEqualTo("WATCH");
        assertThat(Files.readString(out.resolve("reports/2026-10/overview.html")))
                .contains("data-indicator=\"provider_rejection_rate\"");
    }

    @Test
    void theOverviewShowsTheInvoiceCsvsFigures() throws IOException {
        String page = Files.readString(out.resolve("reports/2026-10/overview.html"));
        Path statements = out.resolve("statements").resolve(OCTOBER);
        Path latest = statements.resolve(latestVersion(statements));
        Map<String, Long> spentJw = spentToDate("JW");
        Map<String, Long> spentWmo = spentToDate("WMO");
        for (String municipality : WEST_FRIESLAND) {
            String row = between(page, "<tr data-municipality=\"" + municipality + "\">", "</tr>");
            List<CSVRecord> invoice = records(latest.resolve("invoice_" + municipality + ".csv"));
            long total = invoice.stream().filter(r -> r.get("line_type").equals("TOTAL"))
                    .mapToLong(r -> Long.parseLong(r.get("amount_cents"))).sum();
            long adjustment = invoice.stream().filter(r -> r.get("line_type").equals("POOLING_ADJUSTMENT"))
                    .mapToLong(r -> Long.parseLong(r.get("amount_cents"))).sum();
            assertThat(attribute(row, "data-invoice-total-cents")).as(municipality).isEqualTo(Long.toString(total));
            assertThat(attribute(row, "data-pooling-adjustment-cents")).as(municipality).isEqualTo(Long.toString(adjustment));
            assertThat(row).contains(euros(total)).contains(euros(adjustment));
            assertThat(between(row, "data-law=\"JW\"", ">")).contains("data-spent-cents=\"" + spentJw.get(municipality) + "\"");
            assertThat(between(row, "data-law=\"WMO\"", ">")).contains("data-spent-cents=\"" + spentWmo.get(municipality) + "\"");
        }
        long sumOfAdjustments = WEST_FRIESLAND.stream().mapToLong(m -> Long.parseLong(attribute(
                between(page, "<tr data-municipality=\"" + m + "\">", "</tr>"), "data-pooling-adjustment-cents"))).sum();
        assertThat(sumOfAdjustments).isZero();
    }

    @Test
    void theOverviewListsEveryAlertAndWatchIndicator() throws IOException {
        String page = Files.readString(out.resolve("reports/2026-10/overview.html"));
        for (String municipality : WEST_FRIESLAND) {
            String card = between(page, "<article class=\"card", "</article>", "data-municipality=\"" + municipality + "\"");
            for (CSVRecord row : records(out.resolve("reports/2026-10/risk_" + municipality + ".csv"))) {
                boolean listed = card.contains("data-indicator=\"" + row.get("indicator") + "\"");
                assertThat(listed).as(municipality + " " + row.get("indicator") + " " + row.get("level"))
                        .isEqualTo(!row.get("level").equals("OK"));
            }
        }
    }

    @Test
    void theOverviewIsSelfContained() throws IOException {
        String page = Files.readString(out.resolve("reports/2026-10/overview.html"));
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").contains("<style>");
        String lower = page.toLowerCase();
        assertThat(lower).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("src=").doesNotContain("href=").doesNotContain("url(").doesNotContain("@import")
                .doesNotContain("<link").doesNotContain("<iframe").doesNotContain("<img");
    }

    @Test
    void noBsnOfTheInputsAppearsInAnyReportFile() throws IOException {
        Set<String> bsns = new TreeSet<>();
        for (CSVRecord allocation : records(SampleData.WEST_FRIESLAND.resolve("reference/allocations.csv"))) {
            bsns.add(allocation.get("bsn"));
        }
        assertThat(bsns).hasSizeGreaterThan(100);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out.resolve("reports"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSize(3 * (8 + ISSUE_16_FILES.size()));
        for (Path file : files) {
            String text = Files.readString(file);
            for (String bsn : bsns) {
                assertThat(text).as(file + " holds a BSN").doesNotContain(bsn);
            }
        }
        List<String> stored = database.dsl().fetch("select indicator_value, threshold, detail from risk_indicator")
                .map(r -> r.get(0) + "," + r.get(1) + "," + r.get(2));
        assertThat(stored).isNotEmpty();
        for (String row : stored) {
            for (String bsn : bsns) {
                assertThat(row).as("risk_indicator holds a BSN").doesNotContain(bsn);
            }
        }
    }

    @Test
    void thresholdsComeFromConfiguration() throws IOException {
        // A copy of the database's own folder (owner marker included): a database writes only into its own
        // folder (issue 11), and the shared one must keep the reports the other tests read.
        Path other = temp.resolve("configured");
        FileSystemUtils.copyRecursively(out, other);
        CliRun configured = CliRun.run(database, "report", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                other.toString(), "--period", OCTOBER, "--settlement.risk.rejection-rate.watch-from-bp=0",
                "--settlement.risk.rejection-rate.alert-above-bp=0");
        assertThat(configured.exitStatus()).as(configured.err()).isZero();
        Map<String, CSVRecord> hoorn = new HashMap<>();
        records(other.resolve("reports/2026-10/risk_0405.csv")).forEach(r -> hoorn.put(r.get("indicator"), r));
        assertThat(hoorn.get("provider_rejection_rate").get("watch_from")).isEqualTo("0.00");
        assertThat(hoorn.get("provider_rejection_rate").get("alert_above")).isEqualTo("0.00");
        assertThat(hoorn.get("provider_rejection_rate").get("level")).isIn("WATCH", "ALERT");

        CliRun contradictory = CliRun.run(database, "report", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                other.toString(), "--period", OCTOBER, "--settlement.risk.budget-forecast.watch-from-bp=11000");
        assertThat(contradictory.exitStatus()).isEqualTo(2);
        assertThat(contradictory.err()).contains("settlement.risk.* thresholds").contains("11000");
        // The refused run left the stored report as the configured run wrote it.
        assertThat(Queries.count(database,
                "select count(*) from risk_indicator where settlement_period = '2026-10'")).isEqualTo(70);
    }

    @Test
    void aPeriodWithoutASettledVersionIsRefused() throws IOException {
        try (TestDatabase fresh = database()) {
            Path freshOut = temp.resolve("fresh");
            CliRun ingest = CliRun.run(fresh, "ingest", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                    freshOut.toString(), "--as-of", "2026-11-23");
            assertThat(ingest.exitStatus()).as(ingest.err()).isZero();

            CliRun refused = report(fresh, freshOut, OCTOBER);

            assertThat(refused.exitStatus()).isEqualTo(2);
            assertThat(refused.err()).contains("period 2026-10 has no settled version; run settle first");
            assertThat(Files.exists(freshOut.resolve("reports"))).isFalse();
            assertThat(Queries.count(fresh, "select count(*) from risk_indicator")).isZero();
        }
    }

    static CliRun report(TestDatabase database, Path out, String period) {
        return CliRun.run(database, "report", "--data", SampleData.WEST_FRIESLAND.toString(), "--out", out.toString(),
                "--period", period);
    }

    /** Σ of every invoice line but TOTAL of one law over the latest version of 2026-01 .. 2026-10, per municipality. */
    Map<String, Long> spentToDate(String law) throws IOException {
        Map<String, Long> spent = new TreeMap<>();
        WEST_FRIESLAND.forEach(m -> spent.put(m, 0L));
        for (String period : fileNames(out.resolve("statements"))) {
            if (period.compareTo("2026-01") < 0 || period.compareTo(OCTOBER) > 0) {
                continue;
            }
            Path folder = out.resolve("statements").resolve(period);
            Path latest = folder.resolve(latestVersion(folder));
            for (String municipality : WEST_FRIESLAND) {
                Path invoice = latest.resolve("invoice_" + municipality + ".csv");
                if (!Files.exists(invoice)) {
                    continue;
                }
                for (CSVRecord r : records(invoice)) {
                    if (!r.get("line_type").equals("TOTAL") && r.get("law").equals(law)) {
                        spent.merge(municipality, Long.parseLong(r.get("amount_cents")), Long::sum);
                    }
                }
            }
        }
        return spent;
    }

    static String latestVersion(Path periodFolder) throws IOException {
        return fileNames(periodFolder).stream().filter(n -> n.matches("v\\d+"))
                .max((a, b) -> Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1))))
                .orElseThrow();
    }

    /** Euros as a reader sees them on the page, written here independently of the page's own formatter. */
    static String euros(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        String whole = String.format(java.util.Locale.ROOT, "%,d", abs / 100);
        return sign + "€ " + whole + "." + String.format(java.util.Locale.ROOT, "%02d", abs % 100);
    }

    static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSV.parse(reader).getRecords();
        }
    }

    static Map<String, String> levels(Path riskFile) throws IOException {
        Map<String, String> levels = new HashMap<>();
        records(riskFile).forEach(r -> levels.put(r.get("indicator"), r.get("level")));
        return levels;
    }

    static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(name + " in " + html).isTrue();
        return m.group(1);
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("'" + start + "' in the page").isNotNegative();
        int to = text.indexOf(end, from + start.length());
        return text.substring(from, to < 0 ? text.length() : to);
    }

    /** The first piece from {@code start} to {@code end} that contains {@code marker}. */
    static String between(String text, String start, String end, String marker) {
        int from = 0;
        while ((from = text.indexOf(start, from)) >= 0) {
            int to = text.indexOf(end, from);
            String piece = text.substring(from, to);
            if (piece.contains(marker)) {
                return piece;
            }
            from = to;
        }
        throw new AssertionError("no " + start + " with " + marker);
    }

    static List<String> fileNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
