package org.caresettle.batch.console;

import static org.caresettle.batch.console.SignedInPages.dutchEuro;
import static org.caresettle.batch.console.SignedInPages.signedIn;
import static org.caresettle.batch.console.SignedInPages.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.caresettle.batch.SettlementApplication;
import org.caresettle.batch.audit.AuditAction;
import org.caresettle.batch.audit.AuditEvent;
import org.caresettle.batch.audit.AuditTrail;
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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's figure pages, API and downloads (issue 13) on the real application context after a
 * real nightly on the West-Friesland sample: the figures against the statement files on disk, and
 * every endpoint for every role. The sign-in chain comes with the console's security; here the
 * controllers are called without it, the signed-in user handed over as the request's principal.
 */
@SlowTest
class ConsolePagesH2Test {

    private static final Set<String> FINANCE_AND_AUDITOR = Set.of("finance", "auditor");
    private static final String HOORN = "0405";

    @TempDir
    static Path temp;

    private static TestDatabase database;
    private static Path out;
    private static ConfigurableApplicationContext context;
    private static MockMvc mvc;
    private static String period;
    private static int version;

    private static final SignedInUser FINANCE = user("finance", Role.FINANCE, Set.of());
    private static final SignedInUser MUNICIPALITY = user("hoorn", Role.MUNICIPALITY, Set.of(HOORN));
    private static final SignedInUser AUDITOR = user("auditor", Role.AUDITOR, Set.of());
    private static final SignedInUser OPERATOR = user("operator", Role.OPERATOR, Set.of());
    private static final List<SignedInUser> EVERYONE = List.of(FINANCE, MUNICIPALITY, AUDITOR, OPERATOR);

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
        period = "2026-10";
        version = VersionFolders.of(out, Period.parse(period)).latestPublished().orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theOverviewShowsTheInvoiceTotalsOfTheFilesInDutch() throws Exception {
        String page = page(FINANCE, "/").getContentAsString();
        assertThat(page).contains("Overzicht", "2026-08", "2026-09", "2026-10", "Hoorn", "Enkhuizen",
                "data-trend=", "/webjars/echarts/dist/echarts.min.js", "/js/trend-chart.js")
                .contains(dutchEuro(invoiceTotal(HOORN))).doesNotContain("<script>");
        String hoorn = page(MUNICIPALITY, "/").getContentAsString();
        assertThat(hoorn).contains("0405 Hoorn", dutchEuro(invoiceTotal(HOORN))).doesNotContain("Enkhuizen");
        assertThat(page(OPERATOR, "/").getContentAsString()).contains("2026-10").doesNotContain("€");
    }

    /** A version names who asked for the run that made it (issue 14's run record): here the nightly's OS user. */
    @Test
    void aPeriodsVersionsSayWhoAskedForThem() throws Exception {
        String cli = "cli:" + System.getProperty("user.name");
        assertThat(page(FINANCE, "/periods/" + period).getContentAsString())
                .contains("Aangevraagd door", "<td class=\"requested-by\">" + cli + "</td>");
        assertThat(response(AUDITOR, "/api/periods").getContentAsString()).contains("\"requestedBy\":\"" + cli + "\"");
    }

    @Test
    void theInvoicePageAddsUpToTheInvoiceFileWithNamesBesideCodes() throws Exception {
        String page = page(FINANCE, invoicePath(HOORN)).getContentAsString();
        assertThat(page).contains("id=\"invoice-total\">" + dutchEuro(invoiceTotal(HOORN)) + "<")
                .contains("Directe kosten", "Jeugdhulp De Westfriese Linde", "Totaal", "invoice_0405.csv",
                        "detail_0405.csv", "/exports/invoice_0405.xlsx");
        String drill = page.substring(page.indexOf("/lines?"));
        // The page's link as a browser reads it (Mustache escapes '=' and '&' in attributes).
        String linesPath = invoicePath(HOORN)
                + HtmlUtils.htmlUnescape(drill.substring(drill.indexOf("/lines?"), drill.indexOf('"')));
        String lines = page(MUNICIPALITY, linesPath).getContentAsString();
        assertThat(lines).contains("Declaraties en het antwoord daarop", "8001").doesNotContainPattern("9999[0-9]{5}");
        assertThat(audit(AuditAction.VIEW_CLIENT_LINES)).anySatisfy(e -> assertThat(e.username()).isEqualTo("hoorn"));
    }

    @Test
    void aFileIsServedByteForByteAndRecorded() throws Exception {
        byte[] disk = Files.readAllBytes(versionFolder().resolve("invoice_0405.csv"));
        for (SignedInUser user : List.of(FINANCE, MUNICIPALITY, AUDITOR)) {
            assertThat(page(user, filePath("invoice_0405.csv")).getContentAsByteArray()).isEqualTo(disk);
            assertThat(response(user, "/api" + filePath("invoice_0405.csv")).getContentAsByteArray()).isEqualTo(disk);
        }
        assertThat(audit(AuditAction.DOWNLOAD)).anySatisfy(e -> assertThat(e.target()).endsWith("invoice_0405.csv"));
    }

    @Test
    void aWholeVersionIsOneZipWithItsManifest() throws Exception {
        byte[] zip = page(AUDITOR, "/periods/" + period + "/versions/" + version + "/download.zip")
                .getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                names.add(name);
                assertThat(entries.readAllBytes()).isEqualTo(Files.readAllBytes(versionFolder().resolve(name)));
            }
        }
        assertThat(names).contains("manifest.csv", "invoice_0405.csv");
        assertThat(names).hasSize(VersionFolders.files(versionFolder()).size());
    }

    @Test
    void everyEndpointForEveryRole() throws Exception {
        String base = "/periods/" + period + "/versions/" + version;
        String payment = VersionFolders.files(versionFolder()).stream().map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("payment_")).findFirst().orElseThrow();
        for (SignedInUser user : EVERYONE) {
            String name = user.getUsername();
            boolean figures = user != OPERATOR;
            boolean wide = FINANCE_AND_AUDITOR.contains(name);
            expect(user, "/", 200);
            expect(user, "/api/periods", 200);
            expect(user, "/periods/" + period, 200);
            expect(user, "/periods/2099-01", 404);
            expect(user, "/periods/nonsense", 404);
            expect(user, invoicePath(HOORN), figures ? 200 : 403);
            expect(user, invoicePath("0388"), wide ? 200 : 403);
            expect(user, "/periods/2099-01/versions/1/municipalities/0405", figures ? 404 : 403);
            expect(user, base + "/files/invoice_0405.csv", figures ? 200 : 403);
            expect(user, base + "/files/detail_0405.csv", figures ? 200 : 403);
            expect(user, base + "/files/invoice_0388.csv", wide ? 200 : 403);
            expect(user, base + "/files/" + payment, wide ? 200 : 403);
            expect(user, base + "/files/manifest.csv", wide ? 200 : 403);
            expect(user, base + "/files/corrections.csv", wide ? 404 : 403); // v1 of 2026-10 has none
            expect(user, base + "/files/nonsense.txt", 404);
            expect(user, base + "/files/invoice_9999.csv", wide ? 404 : 403);
            expect(user, "/periods/" + period + "/versions/99/files/invoice_0405.csv", figures ? 404 : 403);
            expect(user, base + "/download.zip", wide ? 200 : 403);
            expect(user, "/periods/" + period + "/versions/99/download.zip", wide ? 404 : 403);
            expect(user, "/api" + base + "/files/invoice_0388.csv", wide ? 200 : 403);
            expect(user, "/api" + base + "/files/nonsense.txt", 404);
        }
    }

    @Test
    void aMunicipalityUserSeesOnlyTheirOwnTotalsAndTheirAttemptsAreRecorded() throws Exception {
        String json = response(MUNICIPALITY, "/api/periods").getContentAsString();
        assertThat(json).contains("\"0405\"", "regionTotalCents").doesNotContain("\"0388\"");
        assertThat(response(OPERATOR, "/api/periods").getContentAsString()).doesNotContain("\"0405\"");
        MockHttpServletResponse refused = response(MUNICIPALITY,
                "/api/periods/" + period + "/versions/" + version + "/files/invoice_0388.csv");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).as("a bare 403, as the security chain gives").isEmpty();
        assertThat(response(FINANCE, "/api/periods/2099-01/versions/1/files/invoice_0405.csv").getContentAsString())
                .contains("{\"error\":\"Versie 1 van periode 2099-01 bestaat niet.\"}");
        assertThat(audit(AuditAction.ACCESS_DENIED)).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("hoorn");
            assertThat(e.target()).endsWith("/files/invoice_0388.csv");
        });
    }

    private static void expect(SignedInUser user, String path, int status) throws Exception {
        assertThat(response(user, path).getStatus()).as(user.getUsername() + " " + path).isEqualTo(status);
    }

    private static MockHttpServletResponse page(SignedInUser user, String path) throws Exception {
        MockHttpServletResponse response = response(user, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response;
    }

    private static MockHttpServletResponse response(SignedInUser user, String path) throws Exception {
        return mvc.perform(request(user, path)).andReturn().getResponse();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request(SignedInUser user,
            String path) {
        return get(path).locale(Locale.forLanguageTag("nl-NL")).with(signedIn(user));
    }

    /** What the sign-in chain leaves behind: the principal on the request and in the security context. */


    private static String invoicePath(String code) {
        return "/periods/" + period + "/versions/" + version + "/municipalities/" + code;
    }

    private static String filePath(String name) {
        return "/periods/" + period + "/versions/" + version + "/files/" + name;
    }

    private static Path versionFolder() {
        return VersionFolders.of(out, Period.parse(period)).published(version);
    }

    /** The TOTAL row's amount_eur of the municipality's invoice file, e.g. {@code 12345.67}. */
    private static String invoiceTotal(String code) throws Exception {
        return Files.readAllLines(versionFolder().resolve("invoice_" + code + ".csv")).stream()
                .filter(line -> line.contains(",TOTAL,")).map(line -> line.substring(line.lastIndexOf(',') + 1))
                .findFirst().orElseThrow();
    }


    private static List<AuditEvent> audit(AuditAction action) {
        return context.getBean(AuditTrail.class).newestFirst(action, 100);
    }
}
