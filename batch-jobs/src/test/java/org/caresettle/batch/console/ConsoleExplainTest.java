package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caresettle.batch.statement.VersionFolders;
import org.caresettle.batch.testsupport.ConsoleServer;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.users.Role;
import org.caresettle.core.value.Period;
import org.caresettle.schema.testsupport.SlowTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The explanation and providers pages (issue 13, pages 4 and 5) on a running console after a
 * nightly on the West-Friesland sample: the explanation's differences against the TOTAL lines of the
 * invoice files on disk, the providers' rejected lines against the database, and who sees what.
 */
@SlowTest
class ConsoleExplainTest {

    private static final String HOORN = ConsoleServer.MUNICIPALITY;
    private static final String PERIOD = "2026-10";
    private static final Pattern DIFFERENCE = Pattern.compile("class=\"amount difference\">([^<]+)<");
    private static final Pattern PREVIOUS_TOTAL = Pattern.compile("class=\"amount previous-total\">([^<]+)<");
    private static final Pattern NEW_TOTAL = Pattern.compile("class=\"amount new-total\">([^<]+)<");
    private static final Pattern PROVIDER_ROW = Pattern.compile(
            "<tr data-agb=\"(\\d{8})\" data-period=\"([^\"]*)\">.*?class=\"number rejected\">(\\d+)<");
    /** A test BSN of the sample (999900006–999999990), as it would show if one leaked. */
    private static final Pattern BSN = Pattern.compile("9999\\d{5}");

    private static ConsoleServer server;

    @BeforeAll
    static void start() {
        server = ConsoleServer.shared();
    }

    @Test
    void theDifferenceAgainstThePreviousPeriodIsTheDifferenceOfTheInvoiceFilesTotals() throws Exception {
        Period period = Period.parse(PERIOD);
        int current = VersionFolders.of(server.out(), period).latestPublished().orElseThrow();
        int previous = VersionFolders.of(server.out(), period.previous()).latestPublished().orElseThrow();
        long currentTotal = invoiceTotalCents(period, current);
        long previousTotal = invoiceTotalCents(period.previous(), previous);

        String page = page(Role.FINANCE, explainPath() + "?version=" + current);
        String againstPeriod = section(page, "against-period");
        assertThat(cents(first(PREVIOUS_TOTAL, againstPeriod))).isEqualTo(previousTotal);
        assertThat(cents(first(NEW_TOTAL, againstPeriod))).isEqualTo(currentTotal);
        assertThat(cents(first(DIFFERENCE, againstPeriod))).isEqualTo(currentTotal - previousTotal);
        assertThat(againstPeriod).contains("Volume", "Tarief", "Vrijval resultaat", "Beschikbaarheid", "Verevening",
                "de onderdelen tellen op tot het verschil");
        assertThat(page).doesNotContainPattern(BSN).doesNotContain("<script>").doesNotContain("style=");
    }

    @Test
    void theDifferenceAgainstAnotherVersionIsTheDifferenceOfTheInvoiceFilesTotals() throws Exception {
        Period period = Period.parse(PERIOD);
        List<Integer> versions = VersionFolders.of(server.out(), period).publishedVersions();
        int current = versions.get(versions.size() - 1);
        for (int against : versions) {
            String page = page(Role.AUDITOR, explainPath() + "?version=" + current + "&against=" + against);
            String againstVersion = section(page, "against-version");
            assertThat(cents(first(DIFFERENCE, againstVersion))).as("v%d against v%d", current, against)
                    .isEqualTo(invoiceTotalCents(period, current) - invoiceTotalCents(period, against));
        }
        if (versions.size() == 1) {
            // Without "against", a version 1 has no previous version to be compared with.
            assertThat(page(Role.FINANCE, explainPath())).contains("id=\"first-version\"");
        }
    }

    @Test
    void theExplanationIsLinkedFromTheInvoiceAndShowingDeclarationLinesIsRecorded() throws Exception {
        int current = VersionFolders.of(server.out(), Period.parse(PERIOD)).latestPublished().orElseThrow();
        String invoice = page(Role.MUNICIPALITY,
                "/periods/" + PERIOD + "/versions/" + current + "/municipalities/" + HOORN);
        assertThat(HtmlUtils.htmlUnescape(invoice)).contains("href=\"" + explainPath() + "?version=" + current + "\"");
        long before = viewsOfClientLines();
        String page = page(Role.MUNICIPALITY, explainPath() + "?version=" + current);
        // Hoorn's direct costs of October differ from September's, with the declaration lines behind them.
        assertThat(page).contains("class=\"figures declaration-lines\"", "Declaratieregels van deze versie")
                .doesNotContainPattern(BSN);
        assertThat(viewsOfClientLines()).isGreaterThan(before);
        assertThat(server.browser().signedInAs(Role.MUNICIPALITY).get(
                "/periods/" + PERIOD + "/municipalities/0388/explain").statusCode()).isEqualTo(403);
    }

    @Test
    void theProvidersPageCountsTheRejectedLinesOfTheDatabase() {
        String page = page(Role.FINANCE, "/providers");
        Matcher rows = PROVIDER_ROW.matcher(page);
        long sum = 0;
        int count = 0;
        while (rows.find()) {
            String agb = rows.group(1);
            String period = rows.group(2);
            long rejected = Long.parseLong(rows.group(3));
            String periodCondition = period.matches("\\d{4}-\\d{2}") ? "settlement_period = '" + period + "'"
                    : "settlement_period is null";
            assertThat(rejected).as(agb + " " + period).isEqualTo(Queries.count(server.database(),
                    "select count(*) from declaration_line where verdict = 'REJECTED' and provider_agb = '" + agb
                            + "' and " + periodCondition));
            sum += rejected;
            count++;
        }
        assertThat(count).isPositive();
        assertThat(sum).isPositive().isEqualTo(Queries.count(server.database(),
                "select count(*) from declaration_line where verdict = 'REJECTED' and provider_agb is not null"));
        assertThat(page).contains("Jeugdhulp De Westfriese Linde", "Geen toewijzing gevonden")
                .doesNotContainPattern(BSN);
        assertThat(page(Role.AUDITOR, "/providers/41710023")).contains("Jeugdhulp De Westfriese Linde",
                "id=\"provider-declarations\"").doesNotContainPattern(BSN);
    }

    @Test
    void onlyFinanceAndAuditorSeeTheProvidersLink() {
        assertThat(page(Role.FINANCE, "/")).contains("href=\"/providers\"");
        assertThat(page(Role.AUDITOR, "/")).contains("href=\"/providers\"");
        assertThat(page(Role.MUNICIPALITY, "/")).doesNotContain("href=\"/providers\"");
        assertThat(server.browser().signedInAs(Role.OPERATOR).get("/").body()).doesNotContain("href=\"/providers\"");
    }

    @Test
    void thePagesSpeakEnglishWhenAsked() {
        ConsoleServer.Browser browser = server.browser().signedInAs(Role.FINANCE);
        assertThat(browser.get("/providers?lang=en").body()).contains("Rejection rate", "No allocation found");
        assertThat(browser.get(explainPath() + "?lang=en").body()).contains("Against the previous period",
                "Tariff", "Pooling");
    }

    private static String explainPath() {
        return "/periods/" + PERIOD + "/municipalities/" + HOORN + "/explain";
    }

    private static String page(Role role, String path) {
        HttpResponse<String> answer = server.browser().signedInAs(role).get(path);
        assertThat(answer.statusCode()).as(role + " " + path).isEqualTo(200);
        return answer.body();
    }

    /** The part of the page between a section's opening tag and its end. */
    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as(pattern.pattern()).isTrue();
        return matcher.group(1);
    }

    /** {@code +€ 1.234,56}, {@code -€ 3,00}, {@code € 0,00} as cents. */
    private static long cents(String amount) {
        String plain = amount.replace("€", "").replace(" ", "").replace("\u00a0", "").replace(".", "").replace(',', '.');
        return new BigDecimal(plain).movePointRight(2).longValueExact();
    }

    /** The TOTAL row's amount_eur of Hoorn's invoice file of the version, in cents. */
    private static long invoiceTotalCents(Period period, int version) throws Exception {
        Path file = VersionFolders.of(server.out(), period).published(version).resolve("invoice_" + HOORN + ".csv");
        String total = Files.readAllLines(file).stream().filter(line -> line.contains(",TOTAL,"))
                .map(line -> line.substring(line.lastIndexOf(',') + 1)).findFirst().orElseThrow();
        return new BigDecimal(total.trim()).movePointRight(2).longValueExact();
    }

    private static long viewsOfClientLines() {
        return Queries.count(server.database(), "select count(*) from audit_event where action = 'VIEW_CLIENT_LINES'"
                + " and username = '" + ConsoleServer.username(Role.MUNICIPALITY) + "'");
    }
}
