package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.caresettle.batch.testsupport.ConsoleServer;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.schema.testsupport.SlowTest;
import org.junit.jupiter.api.Test;

/**
 * Guessing slows down (issue 13): after five failed sign-ins the name and the address are refused
 * for a while without a password check, even with the right password, and the page says so in
 * Dutch. On a server of its own, since the refusal holds for every name from this address.
 */
@SlowTest
class ConsoleThrottleTest {

    @Test
    void fiveFailuresRefuseTheNextAttemptEvenWithTheRightPassword() {
        try (ConsoleServer server = ConsoleServer.startFresh()) {
            ConsoleServer.Browser browser = server.browser();
            for (int i = 0; i < 5; i++) {
                assertThat(location(browser.signIn("finance-user", "wrong password " + i))).endsWith("/login?error");
            }
            assertThat(location(browser.signIn("finance-user", ConsoleServer.PASSWORD))).endsWith("/login?throttled");
            assertThat(browser.get("/login?throttled").body()).contains("Te veel mislukte pogingen, probeer het later opnieuw");
            assertThat(location(server.browser().signIn("auditor-user", ConsoleServer.PASSWORD)))
                    .as("the address is refused as well").endsWith("/login?throttled");
            assertThat(server.basic("auditor-user", ConsoleServer.PASSWORD, "/api/audit").statusCode()).isEqualTo(401);
            assertThat(Queries.count(server.database(),
                    "select count(*) from audit_event where action = 'SIGN_IN_FAILED' and detail = 'throttled'"))
                    .isEqualTo(3);
            assertThat(Queries.count(server.database(), "select count(*) from audit_event where action = 'SIGN_IN'"))
                    .isZero();
        }
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("(no redirect: " + answer.statusCode() + ")");
    }
}
