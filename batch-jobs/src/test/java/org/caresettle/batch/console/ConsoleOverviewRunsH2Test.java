package org.caresettle.batch.console;

import static org.caresettle.batch.console.SignedInPages.dutchEuro;
import static org.caresettle.batch.console.SignedInPages.signedIn;
import static org.caresettle.batch.console.SignedInPages.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.exit.ExitCode;
import org.caresettle.batch.run.CurrentRun;
import org.caresettle.batch.run.RunEnd;
import org.caresettle.batch.run.RunRequest;
import org.caresettle.batch.run.RunSupervisor;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.users.Role;
import org.caresettle.core.value.Period;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The overview's spend against budget and pooling adjustments (issue 13, page 1) against what the
 * nightly's risk reports and invoices on disk say, per role; and the runs page (page 6) while a run
 * holds the run lock, taken through the real {@link RunSupervisor}.
 */
@SlowTest
class ConsoleOverviewRunsH2Test {

    private static final String PERIOD = "2026-10";
    private static final Pattern FORECAST = Pattern.compile(
            "^[0-9]{4},[0-9-]+,[0-9]+,budget_forecast_(JW|WMO),.*,\"?spent (-?[0-9.]+) in 10 months, forecast [0-9.]+"
                    + " of budget ([0-9.]+)");

    @TempDir
    static Path temp;

    private static TestDatabase database;
    private static Path out;
    private static ConfigurableApplicationContext context;
    private static MockMvc mvc;

    private static final SignedInUser FINANCE = user("finance", Role.FINANCE, Set.of());
    private static final SignedInUser HOORN = user("hoorn", Role.MUNICIPALITY, Set.of("0405"));
    private static final SignedInUser OPERATOR = user("operator", Role.OPERATOR, Set.of());

    @BeforeAll
    static void settleTheSampleAndStartTheConsole() {
        database = TestDatabases.h2();
        out = temp.resolve("out");
        CliRun nightly = CliRun.run(database, "nightly", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                out.toString(), "--as-of", "2026-11-23");
        assertThat(nightly.exitStatus()).isZero();
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=servlet", "--server.port=0",
                "--settlement.serve.out=" + out, "--settlement.serve.cron=0 30 1 * * *",
                "--settlement.serve.zone=Europe/Amsterdam"));
        args.addAll(database.springArguments());
        context = new SpringApplication(SettlementApplication.class).run(args.toArray(String[]::new));
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void spendAndBudgetPerLawAreWhatTheRiskReportSays() throws Exception {
        String page = page(FINANCE, "/");
        Map<String, Map<String, String[]>> reported = riskReports();
        assertThat(reported).containsKey("0405").hasSizeGreaterThan(1);
        reported.forEach((code, laws) -> {
            String section = section(page, code);
            laws.forEach((law, figures) -> {
                String row = section.substring(section.indexOf("(" + law + ")</td>"));
                row = row.substring(0, row.indexOf("</tr>"));
                assertThat(row).as(code + " " + law).contains("class=\"amount spent\">" + dutchEuro(figures[0]) + "<",
                        "class=\"amount budget\">" + dutchEuro(figures[1]) + "<");
                // The sample's forecasts stay far below the budgets (README: three months of declarations).
                assertThat(row).contains("niet binnen dit jaar");
            });
        });
        assertThat(page).contains("Uitgaven tegen budget", "Jeugdwet (JW)", "Wmo (WMO)", "data-budget=",
                "/js/budget-chart.js", "Verevening per maand").doesNotContain("<script>")
                .doesNotContainPattern("[^0-9][0-9]{9}[^0-9]");
    }

    @Test
    void thePoolingAdjustmentOfEachMonthIsTheInvoicesPoolingLine() throws Exception {
        String page = page(FINANCE, "/");
        String pooling = page.substring(page.indexOf("id=\"pooling\""));
        pooling = pooling.substring(0, pooling.indexOf("</table>"));
        String hoorn = pooling.substring(pooling.indexOf("<td>0405 "));
        hoorn = hoorn.substring(0, hoorn.indexOf("</tr>"));
        for (String month : List.of("2026-08", "2026-09", "2026-10")) {
            assertThat(pooling).contains("<th class=\"number\">" + month + "</th>");
            assertThat(hoorn).as(month).contains(">" + dutchEuro(poolingLine(month, "0405")) + "<");
        }
    }

    @Test
    void aMunicipalityUserSeesOnlyTheirOwnBudgetAndTheOperatorNoAmounts() throws Exception {
        String hoorn = page(HOORN, "/");
        assertThat(hoorn).contains("id=\"budget-0405\"", "0405 Hoorn").doesNotContain("id=\"budget-0388\"")
                .doesNotContain("Enkhuizen");
        String operator = page(OPERATOR, "/");
        assertThat(operator).doesNotContain("id=\"budget-", "€", "id=\"pooling\"");
        String english = mvc.perform(get("/").param("lang", "en").with(signedIn(FINANCE))).andReturn()
                .getResponse().getContentAsString();
        assertThat(english).contains("Spend against budget", "not within this year", "Youth Act (JW)");
    }

    @Test
    void theRunsPageShowsTheRunThatHoldsTheLockWithItsStepAndLines() throws Exception {
        String idle = page(OPERATOR, "/runs");
        assertThat(idle).contains("Er loopt nu geen run.", "0 30 1 * * *", "Europe/Amsterdam", "Volgende run",
                "/js/runs-refresh.js", "data-refresh-seconds=\"10\"").doesNotContain("<script>");
        assertThat(idle).containsPattern("id=\"schedule-next\">[a-z]+ \\d{1,2} [a-z]+ \\d{4} 01:30<");

        CurrentRun currentRun = context.getBean(CurrentRun.class);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<RunEnd> run = CompletableFuture.supplyAsync(() -> context.getBean(RunSupervisor.class).run(
                new RunRequest("nightly", Map.of(), null, null, null, null), new PrintStream(OutputStream.nullOutputStream()),
                () -> {
                    currentRun.step("settle", PERIOD);
                    currentRun.stepLines("settle", PERIOD, () -> 1234, 5000);
                    holding.countDown();
                    release.await(60, TimeUnit.SECONDS);
                    return ExitCode.DONE;
                }));
        try {
            assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
            String running = page(OPERATOR, "/runs");
            assertThat(running).contains("id=\"run-state\">bezig<", "nightly", "Afrekenen 2026-10",
                    "1.234 van 5.000 regels").doesNotContain("Er loopt nu geen run.");
            assertThat(page(FINANCE, "/runs")).contains("Afrekenen 2026-10");
        } finally {
            release.countDown();
        }
        assertThat(run.get(60, TimeUnit.SECONDS).exitStatus()).isEqualTo(ExitCode.DONE);
        assertThat(page(OPERATOR, "/runs")).contains("Er loopt nu geen run.");
        // Without the filter chain (the matrix test has it: 403) the refusal comes out as the exception.
        assertThatThrownBy(() -> mvc.perform(get("/runs").with(signedIn(HOORN))))
                .hasRootCauseInstanceOf(AccessDeniedException.class);
    }

    /** Per municipality and law: spent and budget (euros with a point) from the nightly's risk_<code>.csv. */
    private static Map<String, Map<String, String[]>> riskReports() throws Exception {
        Map<String, Map<String, String[]>> reported = new LinkedHashMap<>();
        try (var files = Files.list(out.resolve("reports").resolve(PERIOD))) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("risk_\\d{4}\\.csv")).sorted()
                    .toList()) {
                String code = file.getFileName().toString().substring(5, 9);
                for (String line : Files.readAllLines(file)) {
                    Matcher m = FORECAST.matcher(line);
                    if (m.find()) {
                        reported.computeIfAbsent(code, c -> new LinkedHashMap<>())
                                .put(m.group(1), new String[] {m.group(2), m.group(3)});
                    }
                }
            }
        }
        return reported;
    }

    /** The POOLING_ADJUSTMENT line's amount_eur of the municipality's invoice, 0.00 without one. */
    private static String poolingLine(String month, String code) throws Exception {
        VersionFolders folders = VersionFolders.of(out, Period.parse(month));
        Path invoice = folders.published(folders.latestPublished().orElseThrow()).resolve("invoice_" + code + ".csv");
        if (!Files.exists(invoice)) {
            return "0.00";
        }
        return Files.readAllLines(invoice).stream().filter(line -> line.contains(",POOLING_ADJUSTMENT,"))
                .map(line -> line.substring(line.lastIndexOf(',') + 1)).findFirst().orElse("0.00");
    }

    private static String section(String page, String code) {
        int from = page.indexOf("id=\"budget-" + code + "\"");
        assertThat(from).as("budget section of " + code).isNotNegative();
        return page.substring(from, page.indexOf("</section>", from));
    }

    private static String page(SignedInUser user, String path) throws Exception {
        var response = mvc.perform(get(path).locale(Locale.forLanguageTag("nl-NL")).with(signedIn(user))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }



}
