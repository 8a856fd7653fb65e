package org.caresettle.batch.inzage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.schema.jooq.Tables.ALLOCATION;
import static org.caresettle.schema.jooq.Tables.AUDIT_EVENT;
import static org.caresettle.schema.jooq.Tables.DECLARATION_LINE;
import static org.caresettle.schema.jooq.Tables.OUTCOME;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caresettle.batch.privacy.ClientPseudonyms;
import org.caresettle.batch.privacy.PseudonymKeyGuard;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.ConsoleServer;
import org.caresettle.batch.users.Role;
import org.caresettle.schema.jooq.tables.records.AuditEventRecord;
import org.caresettle.schema.testsupport.SlowTest;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inzage (issue 16 item 4) on the West-Friesland sample after its nightly (the shared console's
 * database): the command and the console page give one person's allocations, lines and outcomes and
 * nothing of anyone else, never a BSN; every request is in the audit trail by pseudonym; an unknown
 * BSN gives a whole document that says so, a malformed one is refused; only the privacy role may ask.
 */
@SlowTest
class InzageTest {

    private static final Pattern ROW = Pattern.compile("<tr>(<td.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>");
    /** A test BSN (11-proof) that the sample does not use. */
    private static final String UNKNOWN = "999999990";

    private static ConsoleServer server;
    private static DSLContext dsl;
    private static final ClientPseudonyms PSEUDONYMS = new ClientPseudonyms(PseudonymKeyGuard.EXAMPLE_KEY);

    @TempDir
    Path temp;

    @BeforeAll
    static void sample() {
        server = ConsoleServer.shared();
        dsl = server.database().dsl();
    }

    /** A person of the sample with an outcome, accepted and rejected lines: the richest answer there is. */
    private static String personWithEverything() {
        return dsl.select(ALLOCATION.BSN).from(ALLOCATION)
                .join(OUTCOME).on(OUTCOME.MUNICIPALITY_CODE.eq(ALLOCATION.MUNICIPALITY_CODE)
                        .and(OUTCOME.ALLOCATION_NUMBER.eq(ALLOCATION.ALLOCATION_NUMBER)))
                .where(DSL.exists(DSL.selectOne().from(DECLARATION_LINE).where(DECLARATION_LINE.BSN.eq(ALLOCATION.BSN))))
                .orderBy(ALLOCATION.BSN).limit(1).fetchOne(ALLOCATION.BSN);
    }

    @Test
    void theCommandWritesExactlyOnePersonsRowsAndRecordsTheRequest() throws IOException {
        String bsn = personWithEverything();
        assertThat(bsn).isNotNull();
        Path file = temp.resolve("inzage.html");
        long before = inzageEvents();

        CliRun run = CliRun.runWithInput(server.database(), bsn + "\n", "inzage", "--out", file.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out() + run.err()).doesNotContain(bsn).contains("inzage: wrote");
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThatDocumentHoldsExactly(html, bsn);
        assertThat(rows(html, "declaratieregels")).hasSizeGreaterThan(1)
                .anySatisfy(row -> assertThat(row.get(10)).startsWith("goedgekeurd"));
        assertThat(rows(html, "resultaten")).isNotEmpty();
        assertThat(rows(html, "afrekeningen")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(3)).matches("statements/2026-\\d\\d/v1/detail_\\d{4}\\.csv"));
        // Each version named holds as many lines under the pseudonym as the document says.
        for (List<String> version : rows(html, "afrekeningen")) {
            long underPseudonym = Files.readAllLines(server.out().resolve(version.get(3))).stream()
                    .filter(line -> line.contains("," + PSEUDONYMS.of(bsn) + ",")).count();
            assertThat(underPseudonym).as(version.get(3)).isEqualTo(Long.parseLong(version.get(4)));
        }

        AuditEventRecord event = latestInzageEvent();
        assertThat(inzageEvents()).isEqualTo(before + 1);
        assertThat(event.getUsername()).startsWith("cli:");
        assertThat(event.getDetail()).contains("client " + PSEUDONYMS.of(bsn)).doesNotContain(bsn);
        assertThat(event.getTarget()).isEqualTo(Inzage.AUDIT_TARGET);
    }

    private static void assertThatDocumentHoldsExactly(String html, String bsn) {
        List<String> expectedLines = dsl.select(DECLARATION_LINE.PROVIDER_AGB, DECLARATION_LINE.REFERENCE)
                .from(DECLARATION_LINE).where(DECLARATION_LINE.BSN.eq(bsn))
                .fetch(r -> r.value1() + " " + r.value2());
        List<String> expectedAllocations = dsl.selectDistinct(ALLOCATION.MUNICIPALITY_CODE, ALLOCATION.ALLOCATION_NUMBER)
                .from(ALLOCATION).where(ALLOCATION.BSN.eq(bsn))
                .fetch(r -> r.value1() + " " + r.value2());

        List<List<String>> lines = rows(html, "declaratieregels");
        assertThat(lines).extracting(row -> row.get(1).substring(0, 8) + " " + row.get(4))
                .containsExactlyInAnyOrderElementsOf(expectedLines);
        assertThat(rows(html, "toewijzingen")).extracting(row -> row.get(0).substring(0, 4) + " " + row.get(1))
                .containsExactlyInAnyOrderElementsOf(expectedAllocations);
        assertThat(rows(html, "resultaten"))
                .allSatisfy(row -> assertThat(expectedAllocations).contains(row.get(0).substring(0, 4) + " " + row.get(1)));

        // Nobody else: no other person's pseudonym, and no BSN at all (not even this person's own).
        Set<String> everyone = new TreeSet<>(dsl.selectDistinct(ALLOCATION.BSN).from(ALLOCATION).fetch(ALLOCATION.BSN));
        everyone.addAll(dsl.selectDistinct(DECLARATION_LINE.BSN).from(DECLARATION_LINE)
                .where(DECLARATION_LINE.BSN.isNotNull()).fetch(DECLARATION_LINE.BSN));
        assertThat(html).contains(PSEUDONYMS.of(bsn));
        for (String other : everyone) {
            assertThat(html).doesNotContain(other);
            if (!other.equals(bsn)) {
                assertThat(html).doesNotContain(PSEUDONYMS.of(other));
            }
        }
    }

    @Test
    void aRejectedLineShowsItsReturnCodesWithTheirDutchDescriptions() throws IOException {
        String bsn = dsl.select(DECLARATION_LINE.BSN).from(DECLARATION_LINE)
                .where(DECLARATION_LINE.CODES.coerce(String.class).like("%9321%"))
                .orderBy(DECLARATION_LINE.LINE_ID).limit(1).fetchOne(DECLARATION_LINE.BSN);
        Path file = temp.resolve("rejected.html");

        CliRun run = CliRun.runWithInput(server.database(), bsn + "\n", "inzage", "--out", file.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThatDocumentHoldsExactly(html, bsn);
        assertThat(rows(html, "declaratieregels")).anySatisfy(row -> {
            assertThat(row.get(10)).startsWith("afgewezen");
            assertThat(row.get(11)).contains("9321 Volume per maand overschreden");
        });
    }

    @Test
    void anUnknownPersonGetsAWholeDocumentThatSaysSo() throws IOException {
        Path file = temp.resolve("unknown.html");

        CliRun run = CliRun.runWithInput(server.database(), UNKNOWN + "\n", "inzage", "--out", file.toString());

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).contains("nothing is recorded about this person").doesNotContain(UNKNOWN);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("is niets vastgelegd")
                .doesNotContain(UNKNOWN);
        for (String section : List.of("toewijzingen", "declaratieregels", "resultaten", "afrekeningen")) {
            assertThat(rows(html, section)).as(section).isEmpty();
        }
        assertThat(latestInzageEvent().getDetail()).isEqualTo("client " + PSEUDONYMS.of(UNKNOWN) + ": nothing recorded");
    }

    @Test
    void aMalformedBsnIsRefusedBeforeAnythingIsReadOrWritten() {
        for (String typed : List.of("999900007", "99990000", "abc", "")) {
            Path file = temp.resolve("refused-" + typed + ".html");
            CliRun run = CliRun.runWithInput(server.database(), typed + "\n", "inzage", "--out", file.toString());

            assertThat(run.exitStatus()).as(typed).isEqualTo(2);
            assertThat(run.err()).contains(typed.isEmpty() ? "no BSN on standard input" : "not a valid BSN");
            if (!typed.isEmpty()) {
                assertThat(run.err()).doesNotContain(typed);
            }
            assertThat(file).doesNotExist();
        }
    }

    @Test
    void theBsnIsNeverAnArgumentAndAnAnswerIsNeverReplaced() throws IOException {
        Path file = temp.resolve("exists.html");
        Files.writeString(file, "an earlier answer");

        CliRun asArgument = CliRun.runWithInput(server.database(), "", "inzage", "--out", file.toString(),
                personWithEverything());
        CliRun exists = CliRun.runWithInput(server.database(), personWithEverything() + "\n", "inzage", "--out",
                file.toString());

        assertThat(asArgument.exitStatus()).isEqualTo(2);
        assertThat(exists.exitStatus()).isEqualTo(2);
        assertThat(exists.err()).contains("exists already");
        assertThat(Files.readString(file)).isEqualTo("an earlier answer");
    }

    @Test
    void theConsoleGivesThePrivacyOfficerTheDocumentAsADownload() {
        String bsn = personWithEverything();
        ConsoleServer.Browser privacy = server.browser().signedInAs(Role.PRIVACY);
        HttpResponse<String> form = privacy.get("/inzage");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"bsn\"");

        HttpResponse<String> answer = privacy.post("/inzage", Map.of("bsn", bsn));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment").contains("inzage.html"));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThatDocumentHoldsExactly(answer.body(), bsn);
        AuditEventRecord event = latestInzageEvent();
        assertThat(event.getUsername()).isEqualTo(ConsoleServer.username(Role.PRIVACY));
        assertThat(event.getDetail()).contains("client " + PSEUDONYMS.of(bsn)).doesNotContain(bsn);
        assertThat(event.getRemoteAddress()).isNotBlank();
    }

    @Test
    void theConsoleRefusesAMalformedBsnInDutchAndRecordsTheRefusal() {
        ConsoleServer.Browser privacy = server.browser().signedInAs(Role.PRIVACY);
        privacy.get("/inzage");

        HttpResponse<String> answer = privacy.post("/inzage", Map.of("bsn", "123456789"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("geen geldig BSN").doesNotContain("123456789");
        assertThat(latestInzageEvent().getDetail()).isEqualTo("refused: not a valid BSN");
    }

    @Test
    void everyOtherRoleIsRefusedTheAnswer() {
        String bsn = personWithEverything();
        for (Role role : Role.values()) {
            if (role == Role.PRIVACY) {
                continue;
            }
            long before = inzageEvents();
            ConsoleServer.Browser browser = server.browser().signedInAs(role);
            browser.get("/");

            HttpResponse<String> answer = browser.post("/inzage", Map.of("bsn", bsn));

            assertThat(answer.statusCode()).as(role.name()).isEqualTo(403);
            assertThat(answer.body()).doesNotContain(PSEUDONYMS.of(bsn));
            assertThat(inzageEvents()).as(role + " got no answer").isEqualTo(before);
        }
    }

    private static long inzageEvents() {
        return dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("INZAGE"));
    }

    private static AuditEventRecord latestInzageEvent() {
        return dsl.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("INZAGE"))
                .orderBy(AUDIT_EVENT.EVENT_ID.desc()).limit(1).fetchOne();
    }

    /** The cells of each data row of the table after {@code <h2 id="section">} (none when it says "Geen."). */
    private static List<List<String>> rows(String html, String section) {
        int start = html.indexOf("<h2 id=\"" + section + "\"");
        assertThat(start).as("section " + section).isNotNegative();
        int end = html.indexOf("<h2", start + 1);
        String part = html.substring(start, end < 0 ? html.length() : end);
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(part);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(cell.group(1));
            }
            rows.add(cells);
        }
        return rows;
    }
}
