package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.console.SignedInPages.dutchEuro;
import static org.caresettle.batch.console.SignedInPages.signedIn;
import static org.caresettle.batch.console.SignedInPages.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditTrail;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.users.Role;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The issue 16 pages (results, signals, provider landscape) on the real application context after a real
 * nightly on the West-Friesland sample: every figure against the period's report files on disk (read here
 * with a plain CSV parser, not the console's reader), the scoping of every role, and the message for a
 * period without reports.
 */
@SlowTest
class ConsoleResultsPagesH2Test {

    private static final String HOORN = "0405";
    private static final String PERIOD = "2026-10";
    private static final String RESULTS = "/periods/" + PERIOD + "/results";
    private static final String SIGNALS = "/periods/" + PERIOD + "/signals";
    private static final String LANDSCAPE = "/periods/" + PERIOD + "/landscape";
    /** A table row of a page, and its cells' text. */
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL);

    @TempDir
    static Path temp;

    private static TestDatabase database;
    private static Path out;
    private static ConfigurableApplicationContext context;
    private static MockMvc mvc;

    private static final SignedInUser FINANCE = user("finance", Role.FINANCE, Set.of());
    private static final SignedInUser MUNICIPALITY = user("hoorn", Role.MUNICIPALITY, Set.of(HOORN));
    private static final SignedInUser AUDITOR = user("auditor", Role.AUDITOR, Set.of());
    private static final SignedInUser OPERATOR = user("operator", Role.OPERATOR, Set.of());
    private static final SignedInUser PRIVACY = user("privacy", Role.PRIVACY, Set.of());

    @BeforeAll
    static void settleTheSampleAndStartTheConsole() {
        database = TestDatabases.h2();
        out = temp.resolve("out");
        CliRun nightly = CliRun.run(database, "nightly", "--data", SampleData.WEST_FRIESLAND.toString(), "--out",
                out.toString(), "--as-of", "2026-11-23");
        assertThat(nightly.exitStatus()).isZero();
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=servlet", "--server.port=0",
                "--settlement.serve.out=" + out));
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
    void theRegionsResultsAreThoseOfResultsCsv() throws Exception {
        String page = page(FINANCE, RESULTS);
        List<CSVRecord> region = csv("results.csv").stream().filter(r -> r.get("municipality_code").isEmpty()).toList();
        assertThat(region).isNotEmpty();
        List<List<String>> rows = rows(page, "results");
        assertThat(rows).hasSameSizeAs(region);
        for (CSVRecord file : region) {
            assertThat(rows).as(file.toString()).contains(resultCells(file));
        }
        // The finance guide's example: GGZ Jong's JW 54R01, 6 of 8 achieved, € 5.742,92 per result.
        assertThat(rows).anySatisfy(cells -> assertThat(cells.get(0))
                .startsWith("41730267 GGZ Jong Noord-Holland Noord; JW 54 54R01"));
        assertThat(rows).anySatisfy(cells -> assertThat(cells)
                .contains("6 van 8 (75,0 %)", "€ 1.732,50", "€ 34.457,50", "€ 4.042,50", "€ 5.742,92"));
        assertThat(page).contains("Regio WEST-FRIESLAND", "<option value=\"0388\">0388 Enkhuizen</option>")
                .doesNotContainPattern("9999[0-9]{5}");
    }

    @Test
    void theQuartersAreThoseOfResultsQuartersCsvWithTheirBars() throws Exception {
        String page = page(AUDITOR, RESULTS + "?scope=WEST-FRIESLAND");
        List<CSVRecord> region = csv("results_quarters.csv").stream()
                .filter(r -> r.get("municipality_code").isEmpty()).toList();
        List<List<String>> rows = rows(page, "quarters").stream().filter(cells -> cells.size() > 1).toList();
        assertThat(rows).hasSameSizeAs(region);
        for (CSVRecord file : region) {
            assertThat(rows).as(file.toString()).anySatisfy(cells -> assertThat(cells.subList(0, 9))
                    .containsExactlyElementsOf(quarterCells(file)));
        }
        // The finance guide's example: De Westfriese Linde's JW 45A01 in 2026-Q3, € 1.958,76 per trajectory.
        assertThat(page).contains("41710023 Jeugdhulp De Westfriese Linde · JW 45 45A01 Jeugdhulp ambulant individueel (uur)")
                .contains("aria-label=\"Kosten per traject 2026-Q3: € 1.958,76\"")
                .contains("<svg class=\"bar\"");
    }

    @Test
    void aMunicipalityUserSeesOnlyTheirOwnRows() throws Exception {
        String page = page(MUNICIPALITY, RESULTS);
        List<CSVRecord> hoorn = csv("results.csv").stream().filter(r -> r.get("municipality_code").equals(HOORN))
                .toList();
        List<List<String>> rows = rows(page, "results");
        assertThat(rows).hasSameSizeAs(hoorn);
        hoorn.forEach(file -> assertThat(rows).contains(resultCells(file)));
        // The finance guide's example: Hoorn alone, 1 of 2 achieved, € 9.817,50 paid and per result.
        assertThat(rows).anySatisfy(cells -> assertThat(cells).contains("1 van 2 (50,0 %)", "€ 9.817,50"));
        assertThat(page).contains("<option value=\"0405\" selected>0405 Hoorn</option>")
                .doesNotContain("Enkhuizen", "WEST-FRIESLAND", "signals-link", "landscape-link");
        assertThat(page(MUNICIPALITY, RESULTS + "?scope=" + HOORN)).isEqualTo(page);
        for (String other : List.of("0388", "WEST-FRIESLAND")) {
            assertThat(response(MUNICIPALITY, RESULTS + "?scope=" + other).getStatus()).isEqualTo(403);
        }
        assertThat(context.getBean(AuditTrail.class).newestFirst(AuditAction.ACCESS_DENIED, 100))
                .anySatisfy(e -> {
                    assertThat(e.username()).isEqualTo("hoorn");
                    assertThat(e.target()).endsWith("/results");
                });
    }

    @Test
    void theSignalsAreThoseOfSignalsCsvInDutchAlertFirst() throws Exception {
        String page = page(FINANCE, SIGNALS);
        List<CSVRecord> file = csv("signals.csv");
        assertThat(rows(page, "signals").stream().filter(cells -> cells.size() == 5)).hasSameSizeAs(file);
        for (CSVRecord signal : file) {
            List<String> cells = signalCells(page, signal.get("provider_agb"), signal.get("signal"));
            String what = signal.toString();
            assertThat(cells.get(0)).as(what).endsWith(signal.get("signal"));
            assertThat(cells.get(1)).as(what).contains(signal.get("level"));
            // The value: the file's counts and share, written the Dutch way.
            if (!signal.get("total").isEmpty()) {
                assertThat(cells.get(2)).as(what).startsWith(signal.get("count") + " van " + signal.get("total"));
            } else if (!signal.get("count").isEmpty()) {
                assertThat(cells.get(2)).as(what).contains(signal.get("count").equals("0") ? "geen" : signal.get("count"));
            }
            if (!signal.get("share_bp").isEmpty()) {
                assertThat(cells.get(2)).as(what).contains(basisPoints(signal.get("share_bp")));
            }
            if (!signal.get("change_bp").isEmpty()) {
                assertThat(cells.get(2)).as(what).contains(basisPoints(signal.get("share_before_bp")))
                        .contains(basisPoints(signal.get("change_bp").replace("-", "")).replace(" %", " procentpunt"));
            }
            // The thresholds: the file's numbers in their unit.
            boolean share = signal.get("threshold_unit").equals("basis_points");
            assertThat(cells.get(3)).as(what)
                    .contains("let op vanaf " + (share ? basisPoints(signal.get("watch_from")) : signal.get("watch_from")))
                    .contains("alarm boven " + (share ? basisPoints(signal.get("alert_above")) : signal.get("alert_above")))
                    .contains(signal.get("minimum"));
            // The detail: every reference the file lists, a reference named twice once with its count.
            if (!signal.get("not_rated").isEmpty()) {
                assertThat(cells.get(4)).as(what).endsWith("niet beoordeeld").contains(signal.get("minimum"));
            }
            for (String item : signal.get("items").isEmpty() ? new String[0] : signal.get("items").split("; ")) {
                String name = item.substring(0, item.lastIndexOf(':'));
                String count = item.substring(item.lastIndexOf(':') + 1);
                assertThat(cells.get(4)).as(what).contains(signal.get("signal").equals("CLIENT_MANY_PROVIDERS")
                        ? name + " (" + count + " aanbieders)" : count.equals("1") ? name : name + " (" + count + "×)");
            }
            if (!signal.get("items_not_listed").equals("0")) {
                assertThat(cells.get(4)).as(what).endsWith("en nog " + signal.get("items_not_listed"));
            }
        }
        // Kompas (41710148) has the sample's only ALERT: its block comes first, its ALERT on top. Each of its
        // rejected references was sent in two files: named once, twice counted, in the file and on the page.
        String firstBlock = page.substring(page.indexOf("<tbody class=\"provider"));
        assertThat(firstBlock).startsWith("<tbody class=\"provider level-ALERT\" data-agb=\"41710148\">");
        List<List<String>> rows = rows(page, "signals").stream().filter(cells -> cells.size() == 5).toList();
        assertThat(rows.get(0)).containsExactly("Afwijzingspercentage en stijging REJECTION_RATE", "Alarm (ALERT)",
                "22 van 47 (46,81 %); vorige periode 0 van 25 (0,00 %), verschil +46,81 procentpunt",
                "let op vanaf 10,00 %, alarm boven 25,00 %; stijging: let op vanaf +5,00, alarm boven +15,00 procentpunt;"
                        + " beoordeeld vanaf 20 regels",
                rows.get(0).get(4));
        assertThat(rows.get(0).get(4)).startsWith("afgewezen: KO261000052 (2×), KO261000053 (2×)")
                .doesNotContain("en nog");
        CSVRecord kompas = file.stream().filter(r -> r.get("provider_agb").equals("41710148")
                && r.get("signal").equals("REJECTION_RATE")).findFirst().orElseThrow();
        assertThat(kompas.get("detail")).startsWith("rejected: KO261000052 (2×), KO261000053 (2×)");
        assertThat(kompas.get("items")).startsWith("KO261000052:2; KO261000053:2");
        assertThat(signalCells(page, "41710023", "CLIENT_MANY_PROVIDERS").get(2)).isEqualTo("3 cliënten");
        assertThat(signalCells(page, "41710148", "CLIENT_MANY_PROVIDERS").get(2)).isEqualTo("1 cliënt");
        assertThat(signalCells(page, "41710148", "COST_ABOVE_REGION_MEDIAN").get(4))
                .isEqualTo("geen product met 3 of meer aanbieders in de regio: niet beoordeeld");
        // Dutch on screen: none of the file's English words, no decimal point.
        String table = rows(page, "signals").toString();
        assertThat(table).doesNotContain("rejected", "clients", "not rated", "lines:", " bp", "P-1")
                .doesNotContainPattern("[0-9]\\.[0-9]{2}%");
        assertThat(page).doesNotContainPattern("9999[0-9]{5}");
        assertThat(rows(page(AUDITOR, SIGNALS), "signals")).isEqualTo(rows(page, "signals"));
        // A reader who asked for English gets the same figures in English from the same numbers.
        MockHttpServletResponse english = mvc.perform(get(SIGNALS + "?lang=en").with(signedIn(FINANCE)))
                .andReturn().getResponse();
        List<String> kompasInEnglish = signalCells(english.getContentAsString(), "41710148", "REJECTION_RATE");
        assertThat(kompasInEnglish.subList(2, 4)).containsExactly(
                "22 of 47 (46.81 %); previous period 0 of 25 (0.00 %), change +46.81 percentage points",
                "watch from 10.00 %, alert above 25.00 %; rise: watch from +5.00, alert above +15.00 percentage points;"
                        + " rated from 20 lines");
        assertThat(kompasInEnglish.get(4)).startsWith("rejected: KO261000052 (2×), KO261000053 (2×)");
    }

    /** The cells of one provider's signal on the signals page. */
    private static List<String> signalCells(String page, String agb, String signal) {
        String block = page.substring(page.indexOf("data-agb=\"" + agb + "\""));
        block = block.substring(0, block.indexOf("</tbody>"));
        String row = block.substring(block.indexOf("data-signal=\"" + signal + "\""));
        return rows("<table class=\"figures\" id=\"one\"></thead><tr " + row.substring(0, row.indexOf("</tr>") + 5)
                + "</table>", "one").get(0);
    }

    @Test
    void theLandscapeIsThatOfLandscapeCsv() throws Exception {
        String page = page(AUDITOR, LANDSCAPE);
        List<CSVRecord> file = csv("landscape.csv");
        List<List<String>> rows = rows(page, "landscape").stream().filter(cells -> cells.size() > 1).toList();
        assertThat(rows).hasSameSizeAs(file);
        for (CSVRecord row : file) {
            assertThat(rows).as(row.toString()).anySatisfy(cells -> {
                assertThat(cells.get(0)).contains(row.get("code")).endsWith(row.get("product"));
                assertThat(cells.subList(1, 7)).containsExactly(row.get("providers"), dutchEuro(row.get("spend_eur")),
                        (row.get("largest_provider_agb") + " " + row.get("largest_provider_name")).strip(),
                        basisPoints(row.get("largest_share_bp")), basisPoints(row.get("largest_three_share_bp")),
                        String.format(Locale.GERMANY, "%,d", Long.parseLong(row.get("hhi"))));
            });
        }
        // The finance guide's example: JW 45A01, two providers, De Westfriese Linde 86,59 %, index 7678.
        assertThat(rows).anySatisfy(cells -> assertThat(cells).contains("2", "€ 98.388,80", "86,59 %", "7.678"));
        assertThat(page).contains("<tbody class=\"region\" data-region=\"WEST-FRIESLAND\">");
    }

    @Test
    void everyPageForEveryRole() throws Exception {
        record Expected(SignedInUser user, int results, int signals, int landscape) {
        }
        for (Expected e : List.of(new Expected(FINANCE, 200, 200, 200), new Expected(MUNICIPALITY, 200, 403, 403),
                new Expected(AUDITOR, 200, 200, 200), new Expected(OPERATOR, 403, 403, 403),
                new Expected(PRIVACY, 403, 403, 403))) {
            String name = e.user().getUsername();
            assertThat(response(e.user(), RESULTS).getStatus()).as(name).isEqualTo(e.results());
            assertThat(response(e.user(), SIGNALS).getStatus()).as(name).isEqualTo(e.signals());
            assertThat(response(e.user(), LANDSCAPE).getStatus()).as(name).isEqualTo(e.landscape());
            assertThat(response(e.user(), "/periods/2099-01/results").getStatus()).as(name)
                    .isEqualTo(e.results() == 200 ? 404 : 403);
            assertThat(response(e.user(), "/periods/2099-01/signals").getStatus()).as(name)
                    .isEqualTo(e.signals() == 200 ? 404 : 403);
            assertThat(response(e.user(), "/periods/2099-01/landscape").getStatus()).as(name)
                    .isEqualTo(e.landscape() == 200 ? 404 : 403);
        }
        assertThat(response(FINANCE, RESULTS + "?scope=%3Cx%3E").getStatus()).isEqualTo(404);
        assertThat(page(FINANCE, RESULTS + "?scope=0388")).contains("<option value=\"0388\" selected>");
    }

    @Test
    void thePeriodPageLinksThePagesEachRoleMayRead() throws Exception {
        assertThat(page(FINANCE, "/periods/" + PERIOD)).contains("id=\"results-link\" href=\"" + RESULTS + "\"",
                "id=\"signals-link\" href=\"" + SIGNALS + "\"", "id=\"landscape-link\" href=\"" + LANDSCAPE + "\"");
        assertThat(page(MUNICIPALITY, "/periods/" + PERIOD)).contains("id=\"results-link\"")
                .doesNotContain("signals-link", "landscape-link");
        assertThat(page(OPERATOR, "/periods/" + PERIOD)).doesNotContain("results-link", "signals-link");
    }

    /** A settled period whose reports are gone (or were never written) says so in Dutch, not with an error. */
    @Test
    void aPeriodWithoutReportsSaysSo() throws Exception {
        Path reports = out.resolve("reports/2026-08");
        Path aside = out.resolve("reports-aside-2026-08");
        Files.move(reports, aside);
        try {
            for (String page : List.of("results", "signals", "landscape")) {
                assertThat(page(AUDITOR, "/periods/2026-08/" + page)).contains("id=\"no-report\"",
                        "(nog) geen rapporten over resultaten, aanbieders en signalen");
            }
        } finally {
            Files.move(aside, reports);
        }
    }

    /** The console keeps the figures it read while the folder is the same; a new report (a new folder) is read anew. */
    @Test
    void aReportPublishedAgainIsReadAgain() throws Exception {
        String period = "/periods/2026-09/results";
        assertThat(page(FINANCE, period)).contains("id=\"results\"").doesNotContain("id=\"no-results\"");
        Path published = out.resolve("reports/2026-09");
        Path pending = out.resolve("reports/.2026-09.tmp");
        Path retired = out.resolve("reports/.2026-09.old");
        // As a report run publishes: a new folder, the old one aside, the new one renamed into place.
        Files.createDirectories(pending);
        try (var files = Files.list(published)) {
            for (Path file : files.toList()) {
                Files.copy(file, pending.resolve(file.getFileName()));
            }
        }
        String header = Files.readAllLines(published.resolve("results.csv")).get(0);
        Files.writeString(pending.resolve("results.csv"), header + "\n");
        Files.move(published, retired);
        Files.move(pending, published);
        try {
            assertThat(page(FINANCE, period)).contains("id=\"no-results\"").doesNotContain("id=\"results\"");
        } finally {
            try (var files = Files.list(published)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(published);
            Files.move(retired, published);
        }
        assertThat(page(FINANCE, period)).contains("id=\"results\"");
    }

    /** The cells of {@code results.csv}'s row as the page writes them. */
    private static List<String> resultCells(CSVRecord r) {
        int ended = Integer.parseInt(r.get("trajectories_ended"));
        int achieved = Integer.parseInt(r.get("achieved"));
        String rate = ended == 0 ? "" : achieved + " van " + ended + " ("
                + BigDecimal.valueOf(achieved * 100L).divide(BigDecimal.valueOf(ended), 1, RoundingMode.HALF_UP)
                        .toPlainString().replace('.', ',') + " %)";
        assertThat(r.get("achievement_rate")).isEqualTo(ended == 0 ? "" : achieved + "/" + ended);
        return List.of((r.get("provider_agb") + " " + r.get("provider_name")).strip() + "; "
                + String.join(" ", List.of(r.get("law"), r.get("category"), r.get("code"), r.get("product")).stream()
                        .filter(part -> !part.isEmpty()).toList()),
                r.get("trajectories_ended"), r.get("achieved"), r.get("partial"), r.get("not_achieved"),
                r.get("no_outcome_yet"), rate, centsEuro(r.get("released_cents")),
                dutchEuro(r.get("paid_eur")), centsEuro(r.get("still_withheld_cents")),
                r.get("cost_per_achieved_eur").isEmpty() ? "" : dutchEuro(r.get("cost_per_achieved_eur")));
    }

    /** The first nine cells of {@code results_quarters.csv}'s row as the page writes them. */
    private static List<String> quarterCells(CSVRecord r) {
        String change = r.get("change_eur");
        return List.of(r.get("quarter"), months(r.get("months")), r.get("trajectories"), centsEuro(r.get("paid_cents")),
                r.get("cost_per_trajectory_eur").isEmpty() ? "" : dutchEuro(r.get("cost_per_trajectory_eur")),
                months(r.get("months_year_before")), r.get("trajectories_year_before"),
                r.get("cost_per_trajectory_year_before_cents").isEmpty() ? ""
                        : centsEuro(r.get("cost_per_trajectory_year_before_cents")),
                change.isEmpty() ? "" : (change.startsWith("-") || change.matches("0\\.00") ? "" : "+") + dutchEuro(change));
    }

    private static String months(String range) {
        String[] ends = range.split("\\.\\.");
        return ends[0].equals(ends[1]) ? ends[0] : ends[0] + " t/m " + ends[1];
    }

    private static String centsEuro(String cents) {
        long value = Long.parseLong(cents);
        return dutchEuro((value < 0 ? "-" : "") + Math.abs(value) / 100 + "." + String.format("%02d", Math.abs(value) % 100));
    }

    private static String basisPoints(String bp) {
        long value = Long.parseLong(bp);
        return value / 100 + "," + String.format("%02d", value % 100) + " %";
    }

    /** The rows of the page's table {@code id}, each as its cells' text (tags taken out, entities read). */
    private static List<List<String>> rows(String page, String id) {
        String table = page.substring(page.indexOf("<table class=\"figures\" id=\"" + id + "\">"));
        table = table.substring(table.indexOf("</thead>"), table.indexOf("</table>"));
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<svg.*?</svg>", "")
                        .replaceAll("<br>", "; ").replaceAll("<[^>]+>", "")).strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static List<CSVRecord> csv(String name) throws Exception {
        try (Reader reader = Files.newBufferedReader(out.resolve("reports/" + PERIOD + "/" + name));
                CSVParser parser = CSVParser.builder().setReader(reader)
                        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            return parser.getRecords();
        }
    }

    private static String page(SignedInUser user, String path) throws Exception {
        MockHttpServletResponse response = response(user, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static MockHttpServletResponse response(SignedInUser user, String path) throws Exception {
        return mvc.perform(get(path).locale(Locale.forLanguageTag("nl-NL")).with(signedIn(user))).andReturn()
                .getResponse();
    }
}
