package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.console.SignedInPages.signedIn;
import static org.caresettle.batch.console.SignedInPages.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The console's rerun and what-if pages (issue 14) on the real application context after a nightly
 * on a copy of the West-Friesland sample, with the finance guide's example corrections taken in by
 * the real {@code ingest}: who sees which buttons and amounts, what the preview's page shows against
 * its files, the Dutch messages of a refusal, and the what-if's comparison against its
 * {@code comparison.csv}. Controllers are called without the sign-in chain (see
 * {@link ConsolePagesH2Test}); that chain is {@link ConsoleAuthorizationMatrixTest}'s.
 */
@SlowTest
class ConsoleRerunPagesH2Test {

    private static final Path EXAMPLES = Path.of("../docs/examples").toAbsolutePath().normalize();

    @TempDir
    static Path temp;

    private static TestDatabase database;
    private static Path data;
    private static Path out;
    private static ConfigurableApplicationContext context;
    private static MockMvc mvc;

    private static final SignedInUser FINANCE = user("finance", Role.FINANCE, Set.of());
    private static final SignedInUser FINANCE_2 = user("finance-2", Role.FINANCE, Set.of());
    private static final SignedInUser MUNICIPALITY = user("hoorn", Role.MUNICIPALITY, Set.of("0405"));
    private static final SignedInUser AUDITOR = user("auditor", Role.AUDITOR, Set.of());
    private static final SignedInUser OPERATOR = user("operator", Role.OPERATOR, Set.of());

    @BeforeAll
    static void settleTheSampleAndStartTheConsole() {
        database = TestDatabases.h2();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        CliRun nightly = CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(),
                "--as-of", "2026-11-23");
        assertThat(nightly.exitStatus()).as(nightly.err()).isZero();
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=servlet", "--server.port=0",
                "--settlement.serve.out=" + out, "--settlement.serve.data=" + data));
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

    /** The finance guide's October correction: one asks, a second approves, the period shows v2. */
    @Test
    void oneFinanceUserAsksASecondApprovesAndThePeriodShowsTheNewVersion() throws Exception {
        assertThat(page(FINANCE, "/periods/2026-10")).contains("Herberekening aanvragen",
                "action=\"/periods/2026-10/reruns\"", "Wat-als verdeelsleutel");
        assertThat(page(AUDITOR, "/periods/2026-10")).doesNotContain("action=\"/periods/2026-10/reruns\"")
                .contains("Wat-als verdeelsleutel");
        assertThat(page(OPERATOR, "/periods/2026-10")).doesNotContain("action=\"/periods/2026-10/reruns\"",
                "Wat-als verdeelsleutel");
        ingest("2026-11-20_41710148_90.csv");

        MvcResult asked = post(FINANCE, "/periods/2026-10/reruns", "reason", "correctie Kompas: 4 uur in plaats van 6");
        String requestPath = asked.getResponse().getRedirectedUrl();
        assertThat(requestPath).matches("/reruns/[0-9]+");
        assertThat(flash(asked, "notice")).contains("Herberekening aangevraagd");

        String mine = page(FINANCE, requestPath);
        assertThat(mine).contains("Wacht op goedkeuring", "correctie Kompas: 4 uur in plaats van 6",
                "id=\"rerun-requested-by\">finance<", "id=\"rerun-preview-version\">2<",
                "0388 Enkhuizen", "0405 Hoorn", "-€ 15,73", "id=\"rerun-difference-total\">-€ 204,00<",
                "Directe kosten", "41710148", "Een tweede medewerker van financi",
                "id=\"explain-after-publication\"")
                .doesNotContain("id=\"approve-button\"", "id=\"reject-button\"");
        assertThat(page(FINANCE_2, requestPath)).contains("id=\"approve-button\"", "id=\"reject-button\"",
                "Goedkeuren", "Afwijzen");
        assertThat(page(AUDITOR, requestPath)).contains("-€ 15,73", "wacht op goedkeuring door")
                .doesNotContain("id=\"approve-button\"");
        assertThat(page(OPERATOR, requestPath)).contains("Wacht op goedkeuring", "correctie Kompas")
                .doesNotContain("€", "id=\"approve-button\"");
        assertThat(status(MUNICIPALITY, requestPath)).isEqualTo(403);
        assertThat(status(MUNICIPALITY, "/reruns")).isEqualTo(403);
        for (SignedInUser refused : List.of(FINANCE, AUDITOR, OPERATOR, MUNICIPALITY)) {
            assertThat(post(refused, requestPath + "/approve").getResponse().getStatus())
                    .as(refused.getUsername() + " approving").isEqualTo(403);
        }
        assertThat(out.resolve("statements/2026-10/v2")).doesNotExist();

        MvcResult approved = post(FINANCE_2, requestPath + "/approve");

        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo(requestPath);
        assertThat(flash(approved, "notice")).isEqualTo("Goedgekeurd: versie 2 van periode 2026-10 is gepubliceerd.");
        assertThat(out.resolve("statements/2026-10/v2")).isDirectory();
        assertThat(page(FINANCE, requestPath)).contains("Gepubliceerd", "id=\"rerun-decided-by\">finance-2<",
                "href=\"/periods/2026-10/municipalities/0388/explain?version&#x3D;2\"")
                .doesNotContain("id=\"explain-after-publication\"");
        assertThat(page(FINANCE, "/periods/2026-10/municipalities/0388/explain?version=2")).contains("-€ 15,73");
        assertThat(page(FINANCE, "/periods/2026-10")).contains("<th>v2</th>", "-€ 204,00", "Gepubliceerd");
        assertThat(page(AUDITOR, "/reruns")).contains(requestPath, "2026-10", "Gepubliceerd", "finance-2");
    }

    /** The finance guide's late August line, then a credit of it: the preview is stale. */
    @Test
    void refusalsComeBackAsDutchMessagesOnThePage() throws Exception {
        MvcResult nothing = post(FINANCE, "/periods/2026-09/reruns", "reason", "controle");
        assertThat(nothing.getResponse().getRedirectedUrl()).isEqualTo("/periods/2026-09");
        assertThat(flash(nothing, "problem")).startsWith("Niets te herberekenen: de invoer van periode 2026-09");

        MvcResult noReason = post(FINANCE, "/periods/2026-08/reruns", "reason", " ");
        assertThat(flash(noReason, "problem")).startsWith("Geef een reden op");

        ingest("2026-11-22_41710148_91.csv");
        String requestPath = post(FINANCE, "/periods/2026-08/reruns", "reason", "late regel Kompas")
                .getResponse().getRedirectedUrl();
        Files.writeString(data.resolve("inbox/2026-11-23_41710148_92.csv"), header() + "\n"
                + "KO26080388Y,2026-11-23,41710148,0388,JW,KOD26080388Y,2026-08-01,2026-08-31,2026-11-23,10200,C,"
                + "999900614,KO260800098,KO260800097,2239049,45,45A02,2026-08-20,2026-08-31,1,04,10200,10200,C\n");
        ingestFile();

        MvcResult stale = post(FINANCE_2, requestPath + "/approve");

        assertThat(stale.getResponse().getRedirectedUrl()).isEqualTo(requestPath);
        assertThat(flash(stale, "problem")).startsWith("Niet gepubliceerd: de invoer van periode 2026-08 is na de"
                + " voorberekening veranderd");
        assertThat(flash(stale, "problemDetail")).contains("changed after the preview");
        assertThat(page(FINANCE, requestPath)).contains("Verouderd");
        assertThat(out.resolve("statements/2026-08/v2")).doesNotExist();
        assertThat(flash(post(FINANCE_2, requestPath + "/approve"), "problem")).startsWith("Niet gepubliceerd");

        String again = post(FINANCE, "/periods/2026-08/reruns", "reason", "opnieuw, met de creditering")
                .getResponse().getRedirectedUrl();
        assertThat(flash(post(FINANCE_2, again + "/reject", "reason", ""), "problem")).startsWith("Geef een reden op");
        MvcResult rejected = post(FINANCE_2, again + "/reject", "reason", "wacht op het gecorrigeerde bestand");
        assertThat(flash(rejected, "notice")).contains("afgewezen");
        assertThat(page(AUDITOR, again)).contains("Afgewezen", "wacht op het gecorrigeerde bestand");
        assertThat(flash(post(FINANCE_2, again + "/approve"), "problem")).startsWith("Over deze herberekening is al besloten");
        assertThat(status(FINANCE, "/reruns/999999")).isEqualTo(404);
        assertThat(status(FINANCE, "/reruns/nonsense")).isEqualTo(404);
    }

    @Test
    void aWhatIfShowsItsComparisonAndABadKeyItsFileLineAndRule() throws Exception {
        String whatIfs = "/periods/2026-09/whatif";
        assertThat(page(FINANCE, whatIfs)).contains("enctype=\"multipart/form-data\"", "name=\"poolingKey\"",
                "Voor deze periode is nog geen wat-als berekend.");
        assertThat(page(AUDITOR, whatIfs)).doesNotContain("name=\"poolingKey\"");
        assertThat(status(OPERATOR, whatIfs)).isEqualTo(403);
        assertThat(status(MUNICIPALITY, whatIfs)).isEqualTo(403);
        byte[] proposed = Files.readAllBytes(EXAMPLES.resolve("pooling_keys_proposed.csv"));
        assertThat(upload(AUDITOR, whatIfs, "pooling_keys_proposed.csv", proposed).getResponse().getStatus())
                .isEqualTo(403);

        MvcResult ran = upload(FINANCE, whatIfs, "pooling_keys_proposed.csv", proposed);

        String comparisonPath = ran.getResponse().getRedirectedUrl();
        assertThat(comparisonPath).matches("/periods/2026-09/whatif/v1-[0-9]{14}-[0-9a-f]{4}");
        String id = comparisonPath.substring(comparisonPath.lastIndexOf('/') + 1);
        List<String> rows = Files.readAllLines(out.resolve("whatif/2026-09").resolve(id).resolve("comparison.csv"));
        String page = page(AUDITOR, comparisonPath);
        assertThat(page).contains("0388 Enkhuizen", "0405 Hoorn", "id=\"whatif-difference-total\">€ 0,00<");
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            assertThat(page).contains("<td>" + cells[0] + " ", euroCell(cells[1]), euroCell(cells[2]),
                    euroCell(cells[4]), euroCell(cells[5]));
        }
        assertThat(page(FINANCE, whatIfs)).contains(comparisonPath);
        assertThat(context.getBean(AuditTrail.class).newestFirst(AuditAction.WHATIF_RUN, 10))
                .anySatisfy(event -> assertThat(event.target()).contains(id));

        String bad = new String(proposed, StandardCharsets.UTF_8).replace("2026,0388,0.087103", "2026,0388,0.097103");
        MvcResult refused = upload(FINANCE, whatIfs, "bad_keys.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(whatIfs);
        assertThat(flash(refused, "problem")).isEqualTo("De wat-als is niet berekend:");
        assertThat(flash(refused, "problemDetail")).contains("bad_keys.csv:", "POOLING_KEY_SUM")
                .doesNotContain("whatif-key", "/tmp");
        assertThat(flash(upload(FINANCE, whatIfs, "empty.csv", new byte[0]), "problemDetail")).contains("empty");
        assertThat(status(FINANCE, whatIfs + "/v1-20260101000000-abcd")).isEqualTo(404);
        assertThat(status(FINANCE, whatIfs + "/x..y")).isEqualTo(404);
    }

    private static String euroCell(String cents) {
        long value = Long.parseLong(cents);
        return ">" + SignedInPages.dutchEuro((value < 0 ? "-" : "") + Math.abs(value) / 100 + "."
                + String.format("%02d", Math.abs(value) % 100)) + "<";
    }

    private static void ingest(String example) throws Exception {
        Files.copy(EXAMPLES.resolve(example), data.resolve("inbox").resolve(example));
        ingestFile();
    }

    private static void ingestFile() {
        CliRun ingest = CliRun.run(database, "ingest", "--data", data.toString(), "--out", out.toString(),
                "--as-of", "2026-11-24");
        assertThat(ingest.exitStatus()).as(ingest.err()).isZero();
        assertThat(ingest.out()).as("the new lines are accepted").contains(" 0 rejected");
    }

    private static String header() throws Exception {
        return Files.readAllLines(EXAMPLES.resolve("2026-11-22_41710148_91.csv")).get(0);
    }

    private static String page(SignedInUser user, String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(user, path)).andReturn().getResponse();
        assertThat(response.getStatus()).as(user.getUsername() + " " + path).isEqualTo(200);
        return response.getContentAsString();
    }

    private static int status(SignedInUser user, String path) throws Exception {
        return mvc.perform(get(user, path)).andReturn().getResponse().getStatus();
    }

    private static MockHttpServletRequestBuilder get(SignedInUser user, String path) {
        return MockMvcRequestBuilders.get(path)
                .locale(Locale.forLanguageTag("nl-NL")).with(signedIn(user));
    }

    private static MvcResult post(SignedInUser user, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).locale(Locale.forLanguageTag("nl-NL")).with(signedIn(user));
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    private static MvcResult upload(SignedInUser user, String path, String fileName, byte[] content) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("poolingKey", fileName, "text/csv", content))
                .param("reason", "voorstel bestuur").locale(Locale.forLanguageTag("nl-NL")).with(signedIn(user)))
                .andReturn();
    }

    private static String flash(MvcResult result, String name) {
        Map<String, Object> flash = result.getFlashMap();
        assertThat(flash).as("flash of " + result.getRequest().getRequestURI()).containsKey(name);
        return (String) flash.get(name);
    }
}
