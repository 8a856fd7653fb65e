package org.caresettle.batch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caresettle.batch.cli.PreparedCommand;
import org.caresettle.batch.cli.SettlementCli;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The alert rules of {@code deploy/prometheus/} and the Grafana dashboard of {@code deploy/grafana/}
 * use only metric names the engine really exports (issue 15): a nightly of the West-Friesland sample
 * runs, then the application's Prometheus registry is scraped as {@code /actuator/prometheus} scrapes
 * it, and every {@code settlement_*} name of the rules and the dashboard must be a series there. The business figures are checked against what the run printed.
 */
@SlowTest
class KitMetricNamesTest {

    static final Path RULES = Path.of("../deploy/prometheus/settlement-alerts.yml").toAbsolutePath().normalize();
    static final Path DASHBOARD = Path.of("../deploy/grafana/settlement-dashboard.json").toAbsolutePath().normalize();
    private static final Pattern METRIC = Pattern.compile("\\bsettlement_[a-z0-9_]+");

    @TempDir
    Path temp;

    @Test
    void everyMetricTheRulesAndTheDashboardUseIsExportedAfterANightly() throws Exception {
        Set<String> used = new TreeSet<>();
        Matcher names = METRIC.matcher(Files.readString(RULES) + Files.readString(DASHBOARD));
        while (names.find()) {
            used.add(names.group());
        }
        assertThat(used).contains("settlement_run_last_failed", "settlement_run_last_success_timestamp_seconds",
                "settlement_ingest_provider_lines_total", "settlement_risk_rejection_rate_alert_ratio",
                "settlement_run_in_progress_seconds", "settlement_run_duration_seconds_sum", "settlement_settled_cents",
                "settlement_risk_indicators");

        String scrape = scrapeAfterANightly();

        Set<String> exported = new TreeSet<>();
        scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).forEach(exported::add);
        assertThat(exported).as("series at /actuator/prometheus").containsAll(used);
        // The business figures (issue 15): the amount settled per period and version, the lines per
        // provider and verdict, the risk indicators per level, as the sample's nightly printed them.
        assertThat(scrape)
                .containsPattern(series("settlement_settled_cents", "period=\"2026-08\"[^}]*version=\"1\"",
                        "(3\\.3934533E7|33934533(\\.0)?)"))
                .containsPattern(series("settlement_ingest_provider_lines_total",
                        "provider=\"\\d{8}\"[^}]*verdict=\"REJECTED\"", "\\d.*"))
                .containsPattern(series("settlement_risk_indicators", "level=\"ALERT\"[^}]*period=\"2026-10\"",
                        "[1-9].*"))
                .containsPattern(series("settlement_run_last_failed", "command=\"nightly\"", "0(\\.0)?"))
                .containsPattern(series("settlement_run_in_progress_seconds", "command=\"nightly\"", "0(\\.0)?"))
                .containsPattern("(?m)^settlement_risk_rejection_rate_alert_ratio(\\{[^}]*})? 0\\.25$");
        long rejected = sumOf(scrape, "settlement_ingest_provider_lines_total", "REJECTED");
        long accepted = sumOf(scrape, "settlement_ingest_provider_lines_total", "ACCEPTED");
        assertThat(List.of(accepted, rejected)).as("lines per provider add up to the sample's lines")
                .containsExactly(634L, 45L);
    }

    private String scrapeAfterANightly() throws Exception {
        TestDatabase database = TestDatabases.h2();
        List<String> args = new ArrayList<>(List.of("nightly", "--data", SampleData.WEST_FRIESLAND.toString(),
                "--out", temp.resolve("out").toString(), "--as-of", "2026-11-23"));
        args.addAll(database.springArguments());
        PreparedCommand nightly = SettlementCli.prepare(args.toArray(String[]::new));
        try (ConfigurableApplicationContext context = nightly.start()) {
            int status = nightly.run(context, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            assertThat(status).isZero();
            assertThat(context.getBean(Environment.class).getProperty("management.endpoints.web.exposure.include"))
                    .contains("prometheus");
            return context.getBean(PrometheusMeterRegistry.class).scrape();
        }
    }

    /** A line of the scrape: the series with these labels (among others) and this value. */
    private static String series(String name, String labels, String value) {
        return "(?m)^" + name + "\\{[^}]*" + labels + "[^}]*} " + value + "$";
    }

    private static long sumOf(String scrape, String name, String verdict) {
        return scrape.lines().filter(line -> line.startsWith(name + "{") && line.contains("verdict=\"" + verdict + "\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
