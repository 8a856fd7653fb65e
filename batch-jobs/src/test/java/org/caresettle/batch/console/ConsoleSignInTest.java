package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.caresettle.batch.testsupport.ConsoleServer;
import org.caresettle.batch.testsupport.ConsoleServer.Browser;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.users.Role;
import org.caresettle.schema.testsupport.SlowTest;
import org.junit.jupiter.api.Test;

/**
 * Signing in and out of the running console (issue 13): the form, its audit trail entries, the
 * security headers, CSRF, the API's bare 401 and 403, the run and audit pages in Dutch and English.
 */
@SlowTest
class ConsoleSignInTest {

    private final ConsoleServer server = ConsoleServer.shared();

    @Test
    void aWrongPasswordFailsInDutchAndIsAudited() {
        Browser browser = server.browser();
        HttpResponse<String> answer = browser.signIn("finance-user", "not the password at all");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(browser.get("/login?error").body()).contains("Aanmelden mislukt");
        assertThat(events("SIGN_IN_FAILED", "finance-user", "/login")).isPositive();
        assertThat(browser.get("/runs").statusCode()).isEqualTo(302);
    }

    @Test
    void aSignInLandsOnTheRolesStartPageAndASignOutEndsTheSession() {
        long signIns = events("SIGN_IN", "operator-user", "/login");
        Browser browser = server.browser();
        HttpResponse<String> answer = browser.signIn("operator-user", ConsoleServer.PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/runs"));
        assertThat(events("SIGN_IN", "operator-user", "/login")).isEqualTo(signIns + 1);

        HttpResponse<String> runs = browser.get("/runs");
        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.body()).contains("Runs", "nightly", "gereed", "operator-user", "beheer", "Afmelden");

        HttpResponse<String> out = browser.post("/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?logout"));
        assertThat(events("SIGN_OUT", "operator-user", "/logout")).isPositive();
        assertThat(browser.get("/runs").statusCode()).isEqualTo(302);
    }

    @Test
    void theNavigationShowsOnlyWhatTheRoleMaySee() {
        String finance = server.browser().signedInAs(Role.FINANCE).get("/runs").body();
        assertThat(finance).contains("href=\"/runs\"").doesNotContain("href=\"/audit\"");
        String auditor = server.browser().signedInAs(Role.AUDITOR).get("/runs").body();
        assertThat(auditor).contains("href=\"/runs\"", "href=\"/audit\"");
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        HttpResponse<String> login = server.anonymous("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(ConsoleSecurity.CONTENT_SECURITY_POLICY);
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.body()).doesNotContain("<script>", "style=");
        HttpResponse<String> api = server.anonymous("/api/audit");
        assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Browser browser = server.browser().signedInAs(Role.AUDITOR);
        assertThat(browser.postRaw("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/audit").statusCode()).as("still signed in").isEqualTo(200);
        assertThat(events("ACCESS_DENIED", "auditor-user", "/logout")).isPositive();
        assertThat(server.browser().postRaw("/login",
                Map.of("username", "auditor-user", "password", ConsoleServer.PASSWORD)).statusCode()).isEqualTo(403);
    }

    @Test
    void theApiAnswersWithoutABodyWhenItRefuses() {
        HttpResponse<String> nobody = server.anonymous("/api/audit");
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(nobody.body()).isEmpty();
        assertThat(nobody.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"settlement\"");

        HttpResponse<String> wrong = server.basic("auditor-user", "not the password at all", "/api/audit");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEmpty();
        assertThat(events("SIGN_IN_FAILED", "auditor-user", "/api/audit")).isPositive();

        HttpResponse<String> forbidden = server.basic("finance-user", ConsoleServer.PASSWORD, "/api/audit");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).isEmpty();
        assertThat(events("ACCESS_DENIED", "finance-user", "/api/audit")).isPositive();

        long signIns = Queries.count(server.database(), "select count(*) from audit_event where action = 'SIGN_IN'");
        HttpResponse<String> allowed = server.basic("auditor-user", ConsoleServer.PASSWORD, "/api/audit?action=USER_CHANGED&limit=5");
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.body()).startsWith("[").contains("\"action\":\"USER_CHANGED\"", "\"username\":\"cli:");
        assertThat(allowed.headers().firstValue("Set-Cookie")).as("a Basic call makes no session").isEmpty();
        assertThat(Queries.count(server.database(), "select count(*) from audit_event where action = 'SIGN_IN'"))
                .as("a Basic call is no sign-in").isEqualTo(signIns);

        assertThat(server.basic("auditor-user", ConsoleServer.PASSWORD, "/api/audit?action=NONSENSE").statusCode())
                .isEqualTo(400);
    }

    @Test
    void theConsoleSessionWorksForTheApiToo() {
        Browser browser = server.browser().signedInAs(Role.OPERATOR);
        HttpResponse<String> answer = browser.get("/api/audit?action=SIGN_IN&limit=1");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"action\":\"SIGN_IN\"");
    }

    @Test
    void theAuditTrailFiltersAndExportsAsCsvWhichIsItselfAudited() {
        Browser browser = server.browser().signedInAs(Role.AUDITOR);
        HttpResponse<String> page = browser.get("/audit?action=USER_CHANGED");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Audittrail", "gebruiker gewijzigd", "municipality-user", "cli:")
                .containsPattern("\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
                        + "|november|december) \\d{4} \\d{2}:\\d{2}")
                .doesNotContain("aangemeld</td>");
        assertThat(browser.get("/audit?lang=en&user=finance-user").body()).contains("Audit trail", "finance-user")
                .doesNotContain("municipality-user</td>");

        long downloads = events("DOWNLOAD", "auditor-user", "/audit.csv");
        HttpResponse<String> csv = browser.get("/audit.csv?action=USER_CHANGED");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().lines().findFirst())
                .hasValue("event_id,occurred_at_utc,username,action,target,remote_address,detail");
        assertThat(csv.body()).contains(",USER_CHANGED,municipality-user,", "added, role MUNICIPALITY");
        assertThat(events("DOWNLOAD", "auditor-user", "/audit.csv")).isEqualTo(downloads + 1);
    }

    @Test
    void aPageOfAnotherRoleIsRefusedOnTheErrorPageAndAudited() {
        HttpResponse<String> answer = server.browser().signedInAs(Role.MUNICIPALITY).get("/runs");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).contains("U hebt geen toegang").doesNotContain("Exception", "at org.");
        assertThat(events("ACCESS_DENIED", "municipality-user", "/runs")).isPositive();
    }

    private long events(String action, String username, String target) {
        return Queries.count(server.database(), "select count(*) from audit_event where action = '" + action
                + "' and username = '" + username + "' and target = '" + target + "'");
    }
}
