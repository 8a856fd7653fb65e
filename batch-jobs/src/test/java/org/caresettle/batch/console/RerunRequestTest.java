package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.ConsoleServer;
import org.caresettle.batch.users.Role;
import org.caresettle.schema.testsupport.SlowTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Four eyes on a rerun (issue 14 item 2), over a console of its own with HTTP Basic: a finance user
 * asks, a different finance user approves (the published version equals the preview byte for byte)
 * or rejects; the requester and every other role are refused; a stale preview publishes nothing; a
 * second approval answers the same and does nothing again.
 */
@SlowTest
class RerunRequestTest {

    private static final String AUGUST = "2026-08";
    private static final String FINANCE = ConsoleServer.username(Role.FINANCE);
    private static final String OTHER = ConsoleServer.SECOND_FINANCE;
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private static ConsoleServer server;
    private static int files;

    @BeforeAll
    static void start() {
        server = ConsoleServer.startWithOwnSample();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void unchangedInputsHaveNothingToRerun() {
        HttpResponse<String> answer = server.basicPost(FINANCE, "/api/periods/2026-10/reruns",
                "{\"reason\":\"check\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(answer.body()).contains("nothing to rerun").contains("inputs unchanged");
    }

    @Test
    void anotherFinanceUserApprovesAndTheVersionIsThePreviewByteForByte() throws IOException {
        newLine(AUGUST);
        HttpResponse<String> asked = server.basicPost(FINANCE, "/api/periods/" + AUGUST + "/reruns",
                "{\"reason\":\"late declaration of Enkhuizen\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        assertThat(asked.body()).contains("\"state\":\"REQUESTED\"").contains("\"requestedBy\":\"" + FINANCE + "\"")
                .contains("difference");
        String id = id(asked);
        String previewFolder = field(asked.body(), "previewFolder");

        for (String refused : new String[] {FINANCE, ConsoleServer.username(Role.AUDITOR),
                ConsoleServer.username(Role.OPERATOR), ConsoleServer.username(Role.MUNICIPALITY)}) {
            assertThat(server.basicPost(refused, "/api/reruns/" + id + "/approve", null).statusCode())
                    .as("approval by " + refused).isEqualTo(403);
        }
        assertThat(server.basicPost(FINANCE, "/api/reruns/" + id + "/reject", "{\"reason\":\"mine\"}").statusCode())
                .as("the requester rejecting their own").isEqualTo(403);
        assertThat(server.out().resolve("statements/" + AUGUST + "/v2")).doesNotExist();

        HttpResponse<String> approved = server.basicPost(OTHER, "/api/reruns/" + id + "/approve", null);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"state\":\"PUBLISHED\"").contains("\"publishedVersion\":2")
                .contains("\"decidedBy\":\"" + OTHER + "\"");
        Map<String, byte[]> published = contents(server.out().resolve("statements/" + AUGUST + "/v2"));
        assertThat(published).isNotEmpty();
        Map<String, byte[]> previewed = contents(server.out().resolve(previewFolder));
        assertThat(published.keySet()).isEqualTo(previewed.keySet());
        published.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(previewed.get(name)));

        HttpResponse<String> again = server.basicPost(OTHER, "/api/reruns/" + id + "/approve", null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(approved.body());
        assertThat(server.out().resolve("statements/" + AUGUST + "/v3")).doesNotExist();

        HttpResponse<String> list = server.basic(ConsoleServer.username(Role.AUDITOR), ConsoleServer.PASSWORD,
                "/api/reruns");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"id\":" + id + ",");
        assertThat(server.basic(ConsoleServer.username(Role.MUNICIPALITY), ConsoleServer.PASSWORD, "/api/reruns")
                .statusCode()).isEqualTo(403);
        assertThat(audited("RERUN_REQUESTED")).isPositive();
        assertThat(audited("RERUN_APPROVED")).isPositive();
    }

    @Test
    void aPreviewWhoseInputsChangedSincePublishesNothing() throws IOException {
        newLine(AUGUST);
        HttpResponse<String> asked = server.basicPost(FINANCE, "/api/periods/" + AUGUST + "/reruns",
                "{\"reason\":\"stale test\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String id = id(asked);
        long versions = versions();
        newLine(AUGUST);

        HttpResponse<String> approved = server.basicPost(OTHER, "/api/reruns/" + id + "/approve", null);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(409);
        assertThat(approved.body()).contains("changed after the preview");
        assertThat(versions()).as("nothing published").isEqualTo(versions);
    }

    @Test
    void anotherFinanceUserRejects() throws IOException {
        newLine("2026-09");
        HttpResponse<String> asked = server.basicPost(FINANCE, "/api/periods/2026-09/reruns",
                "{\"reason\":\"to be rejected\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String id = id(asked);

        HttpResponse<String> rejected = server.basicPost(OTHER, "/api/reruns/" + id + "/reject",
                "{\"reason\":\"wait for the corrected file\"}");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.body()).contains("\"state\":\"REJECTED\"")
                .contains("\"decisionReason\":\"wait for the corrected file\"");
        assertThat(server.basicPost(OTHER, "/api/reruns/" + id + "/approve", null).statusCode()).isEqualTo(409);
        assertThat(audited("RERUN_REJECTED")).isPositive();
    }

    /**
     * A new line of Enkhuizen for {@code month} in the inbox, ingested: that month's inputs changed.
     * Each on a day of its own, since a line overlapping another of the same client and product is
     * rejected (and at most three a month: the fourth of the same client and product is refused too).
     */
    private static synchronized void newLine(String month) throws IOException {
        int n = ++files;
        String mm = month.substring(5);
        Path data = server.data();
        String header = Files.readString(data.resolve("inbox/2026-09-04_41710148_01.csv")).lines().findFirst()
                .orElseThrow();
        String day = month + "-" + (19 + n);
        String suffix = String.valueOf((char) ('Q' + n));
        String last = month.equals("2026-09") ? "30" : "31";
        Files.writeString(data.resolve("inbox/2026-11-2" + n + "_41710148_1" + n + ".csv"), header + "\n"
                + "KO26" + mm + "0388" + suffix + ";2026-11-2" + n + ";41710148;0388;JW;KOD26" + mm + "0388" + suffix
                + ";" + month + "-01;" + month + "-" + last + ";2026-11-2" + n + ";10200;D;999900614;KO26" + mm
                + "0009" + n + ";;2239049;45;45A02;" + day + ";" + day + ";1;04;10200;10200;D\n");
        CliRun ingest = CliRun.run(server.database(), "ingest", "--data", data.toString(), "--out",
                server.out().toString());
        assertThat(ingest.exitStatus()).as(ingest.err()).isZero();
        assertThat(ingest.out()).as("the new line is accepted").contains("lines 1 accepted 0 rejected");
    }

    private static long versions() {
        return ((Number) server.database().dsl().fetchValue("select count(*) from settlement_version")).longValue();
    }

    private static long audited(String action) {
        return ((Number) server.database().dsl().fetchValue("select count(*) from audit_event where action = ?",
                action)).longValue();
    }

    private static String id(HttpResponse<String> answer) {
        Matcher id = ID.matcher(answer.body());
        assertThat(id.find()).as(answer.body()).isTrue();
        return id.group(1);
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertThat(value.find()).as(json).isTrue();
        return value.group(1);
    }

    private static Map<String, byte[]> contents(Path folder) {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(path).toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }
}
