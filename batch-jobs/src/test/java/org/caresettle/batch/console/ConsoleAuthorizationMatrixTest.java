package org.caresettle.batch.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.ConsoleServer;
import org.caresettle.batch.users.Role;
import org.caresettle.schema.testsupport.SlowTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Who gets what (issue 13), on a running console: every endpoint of the sign-in, run history and
 * audit trail, for every role and for nobody. Pages answer nobody with a redirect to the sign-in
 * form, the API with 401; a role that may not see it gets 403. A page signs in with the form, the
 * API with HTTP Basic. Add a row to {@link #MATRIX} for a new endpoint, to {@link #POSTS} for a new form.
 */
@SlowTest
class ConsoleAuthorizationMatrixTest {

    private static final int OK = 200;
    private static final int SIGN_IN = 302;
    private static final int REDIRECT = 302;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;
    /** The first version of the sample's last period, which the shared server's nightly settles. */
    private static final String VERSION = "/periods/2026-10/versions/1";

    /**
     * Path, then the status for: anonymous, FINANCE, MUNICIPALITY, AUDITOR, OPERATOR and, where it is
     * not the operator's, PRIVACY.
     */
    private static final List<Row> MATRIX = List.of(
            new Row("/login", OK, OK, OK, OK, OK),
            new Row("/runs", SIGN_IN, OK, FORBIDDEN, OK, OK, FORBIDDEN),
            new Row("/audit", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
            new Row("/audit?action=SIGN_IN&user=auditor-user&limit=5", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK,
                    FORBIDDEN),
            new Row("/audit.csv", SIGN_IN, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
            new Row("/api/audit", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
            new Row("/api/audit?action=DOWNLOAD&limit=3", UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN),
            // Inzage (issue 16 item 4): the privacy officer only; the answer itself is a POST (InzageConsoleTest).
            new Row("/inzage", SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK),
            // The pages and files of the settled periods; the municipality user sees Hoorn (0405) only.
            new Row("/", SIGN_IN, OK, OK, OK, OK),
            new Row("/api/periods", UNAUTHORIZED, OK, OK, OK, OK),
            new Row("/periods/2026-10", SIGN_IN, OK, OK, OK, OK),
            new Row("/periods/2099-01", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
            new Row(VERSION + "/municipalities/0405", SIGN_IN, OK, OK, OK, FORBIDDEN),
            new Row(VERSION + "/municipalities/0388", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row(VERSION + "/files/invoice_0405.csv", SIGN_IN, OK, OK, OK, FORBIDDEN),
            new Row(VERSION + "/files/invoice_0388.csv", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row(VERSION + "/files/manifest.csv", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row(VERSION + "/download.zip", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/api" + VERSION + "/files/invoice_0405.csv", UNAUTHORIZED, OK, OK, OK, FORBIDDEN),
            new Row("/api" + VERSION + "/files/invoice_0388.csv", UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/api" + VERSION + "/files/nonsense.txt", UNAUTHORIZED, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
            // Issue 15: the Excel workbooks go with the municipality's invoice, the exports' manifest with the version.
            new Row(VERSION + "/exports/invoice_0405.xlsx", SIGN_IN, OK, OK, OK, FORBIDDEN),
            new Row(VERSION + "/exports/invoice_0388.xlsx", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row(VERSION + "/exports/manifest.csv", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row(VERSION + "/exports/detail_0405.csv", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
            new Row("/api" + VERSION + "/exports/invoice_0405.xlsx", UNAUTHORIZED, OK, OK, OK, FORBIDDEN),
            new Row("/api" + VERSION + "/exports/invoice_0388.xlsx", UNAUTHORIZED, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/api/periods/2026-09/versions/7/exports/invoice_0405.xlsx", UNAUTHORIZED, NOT_FOUND, NOT_FOUND,
                    NOT_FOUND, FORBIDDEN),
            // A page refused by its controller (PageErrors) renders its 403 and 404 in the layout.
            new Row("/periods/2099-01/versions/1/municipalities/0405", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
                    FORBIDDEN),
            // The explanation (issue 13 page 4): a municipality user sees their own (0405) only.
            new Row("/periods/2026-10/municipalities/0405/explain", SIGN_IN, OK, OK, OK, FORBIDDEN),
            new Row("/periods/2026-10/municipalities/0405/explain?version=1", SIGN_IN, OK, OK, OK, FORBIDDEN),
            new Row("/periods/2026-10/municipalities/0405/explain?version=1&against=1", SIGN_IN, OK, OK, OK, FORBIDDEN),
            new Row("/periods/2026-10/municipalities/0388/explain", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/periods/2026-10/municipalities/0405/explain?version=99", SIGN_IN, NOT_FOUND, NOT_FOUND,
                    NOT_FOUND, FORBIDDEN),
            new Row("/periods/2026-10/municipalities/0405/explain?against=99", SIGN_IN, NOT_FOUND, NOT_FOUND,
                    NOT_FOUND, FORBIDDEN),
            new Row("/periods/2026-10/municipalities/0405/explain?version=x", SIGN_IN, NOT_FOUND, NOT_FOUND,
                    NOT_FOUND, FORBIDDEN),
            new Row("/periods/2099-01/municipalities/0405/explain", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND,
                    FORBIDDEN),
            new Row("/periods/2026-10/municipalities/9999/explain", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND,
                    FORBIDDEN),
            new Row("/periods/2026-10/municipalities/x/explain", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
            // The providers (issue 13 page 5): finance and auditor only.
            new Row("/providers", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/providers/41710023", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/providers/99999999", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN),
            new Row("/providers/nonsense", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN),
            // Rerun requests (issue 14 item 2): finance, auditor and operator (without amounts) read them;
            // deciding is tested in RerunRequestTest and ConsoleRerunPagesH2Test.
            new Row("/api/reruns", UNAUTHORIZED, OK, FORBIDDEN, OK, OK),
            new Row("/api/reruns/999999", UNAUTHORIZED, NOT_FOUND, FORBIDDEN, NOT_FOUND, NOT_FOUND),
            new Row("/reruns", SIGN_IN, OK, FORBIDDEN, OK, OK),
            new Row("/reruns/999999", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, NOT_FOUND),
            new Row("/reruns/nonsense", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, NOT_FOUND),
            // Pooling-key what-ifs (issue 14 item 3): finance and auditor.
            new Row("/periods/2026-10/whatif", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/periods/2099-01/whatif", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN),
            new Row("/periods/2026-10/whatif/v1-20260101000000-abcd", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND,
                    FORBIDDEN),
            new Row("/periods/2026-10/whatif/nonsense", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN),
            // Issue 16: results (a municipality user their own municipality's rows only), the provider
            // landscape and the fraud signals (finance and auditor).
            new Row("/periods/2026-10/results", SIGN_IN, OK, OK, OK, FORBIDDEN),
            new Row("/periods/2026-10/results?scope=0405", SIGN_IN, OK, OK, OK, FORBIDDEN),
            new Row("/periods/2026-10/results?scope=0388", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/periods/2026-10/results?scope=WEST-FRIESLAND", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/periods/2026-10/results?scope=%3Cx%3E", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
            new Row("/periods/2099-01/results", SIGN_IN, NOT_FOUND, NOT_FOUND, NOT_FOUND, FORBIDDEN),
            new Row("/periods/2026-10/landscape", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/periods/2099-01/landscape", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN),
            new Row("/periods/2026-10/signals", SIGN_IN, OK, FORBIDDEN, OK, FORBIDDEN),
            new Row("/periods/2099-01/signals", SIGN_IN, NOT_FOUND, FORBIDDEN, NOT_FOUND, FORBIDDEN));

    /**
     * The console's forms (issue 14), posted with the page's CSRF token: only finance may ask, decide or
     * run a what-if. On the shared server nothing changes: October's inputs are those of its version
     * (finance is sent back to the period with "nothing to rerun"), request 999999 does not exist, and a
     * what-if without a file is sent back to its form.
     */
    private static final List<PostRow> POSTS = List.of(
            new PostRow("/periods/2026-10/reruns", Map.of("reason", "matrix"), SIGN_IN, REDIRECT, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN),
            new PostRow("/reruns/999999/approve", Map.of(), SIGN_IN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            new PostRow("/reruns/999999/reject", Map.of("reason", "matrix"), SIGN_IN, NOT_FOUND, FORBIDDEN, FORBIDDEN,
                    FORBIDDEN),
            new PostRow("/periods/2026-10/whatif", Map.of("reason", "matrix"), SIGN_IN, REDIRECT, FORBIDDEN,
                    FORBIDDEN, FORBIDDEN));

    record PostRow(String path, Map<String, String> fields, int anonymous, int finance, int municipality,
            int auditor, int operator) {

        Row asRow() {
            return new Row(path, anonymous, finance, municipality, auditor, operator);
        }
    }

    record Row(String path, int anonymous, int finance, int municipality, int auditor, int operator, int privacy) {

        /**
         * A row that leaves the privacy officer out expects for them what the operator gets: neither sees
         * money or client lines, both see the periods' states.
         */
        Row(String path, int anonymous, int finance, int municipality, int auditor, int operator) {
            this(path, anonymous, finance, municipality, auditor, operator, operator);
        }

        int expected(Role role) {
            return switch (role) {
                case FINANCE -> finance;
                case MUNICIPALITY -> municipality;
                case AUDITOR -> auditor;
                case OPERATOR -> operator;
                case PRIVACY -> privacy;
            };
        }

        boolean api() {
            return path.startsWith("/api/");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyRoleGetsWhatTheMatrixSays() {
        ConsoleServer server = ConsoleServer.shared();
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : MATRIX) {
            tests.add(DynamicTest.dynamicTest("anonymous " + row.path(), () -> {
                HttpResponse<String> answer = server.anonymous(row.path());
                assertThat(answer.statusCode()).as(row.path()).isEqualTo(row.anonymous());
                if (row.anonymous() == SIGN_IN) {
                    assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                            location -> assertThat(location).endsWith("/login"));
                }
                if (row.anonymous() == UNAUTHORIZED) {
                    assertThat(answer.body()).isEmpty();
                }
            }));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(role + " " + row.path(), () -> {
                    HttpResponse<String> answer = row.api()
                            ? server.basic(ConsoleServer.username(role), ConsoleServer.PASSWORD, row.path())
                            : server.browser().signedInAs(role).get(row.path());
                    assertThat(answer.statusCode()).as(role + " " + row.path()).isEqualTo(row.expected(role));
                    if (row.api() && answer.statusCode() == FORBIDDEN) {
                        assertThat(answer.body()).isEmpty();
                    }
                }));
            }
        }
        for (PostRow post : POSTS) {
            Row row = post.asRow();
            tests.add(DynamicTest.dynamicTest("anonymous POST " + row.path(), () -> {
                ConsoleServer.Browser browser = server.browser();
                browser.get("/login");
                HttpResponse<String> answer = browser.post(row.path(), post.fields());
                assertThat(answer.statusCode()).as("POST " + row.path()).isEqualTo(row.anonymous());
                assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).endsWith("/login"));
            }));
            for (Role role : Role.values()) {
                tests.add(DynamicTest.dynamicTest(role + " POST " + row.path(), () -> {
                    ConsoleServer.Browser browser = server.browser().signedInAs(role);
                    browser.get("/");
                    HttpResponse<String> answer = browser.post(row.path(), post.fields());
                    assertThat(answer.statusCode()).as(role + " POST " + row.path()).isEqualTo(row.expected(role));
                    if (answer.statusCode() == REDIRECT) {
                        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
                                location -> assertThat(location).doesNotEndWith("/login"));
                    }
                }));
            }
        }
        return tests.stream();
    }
}
