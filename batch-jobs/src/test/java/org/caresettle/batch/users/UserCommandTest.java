package org.caresettle.batch.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * {@code user add|list|disable|password} (issue 13): users on the command line, passwords from
 * standard input only, never a hash printed, every change in the audit trail under the OS user.
 */
@SlowTest
class UserCommandTest {

    private static final String PASSWORD = "twelve chars ok\n";

    private final TestDatabase database = TestDatabases.h2();

    @Test
    void addListDisableAndNewPasswordAreAudited() {
        CliRun added = CliRun.runWithInput(database, PASSWORD, "user", "add", "anna.de-vries@regio.nl", "--role", "finance",
                "--password-stdin");
        assertThat(added.exitStatus()).as(added.err()).isZero();
        assertThat(added.out()).contains("user: added anna.de-vries@regio.nl (finance)");
        assertThat(CliRun.runWithInput(database, PASSWORD, "user", "add", "bert", "--role", "MUNICIPALITY",
                "--municipality", "0405", "--municipality", "0420", "--password-stdin").exitStatus()).isZero();
        assertThat(Queries.count(database, "select count(*) from console_user where password_hash like '{bcrypt}%'"))
                .isEqualTo(2);

        CliRun list = CliRun.run(database, "user", "list");
        assertThat(list.exitStatus()).isZero();
        assertThat(list.out()).containsPattern("anna.de-vries@regio.nl +finance +- +yes")
                .containsPattern("bert +municipality +0405 0420 +yes")
                .doesNotContain("bcrypt", "$2a$", "$2b$", "twelve");

        assertThat(CliRun.run(database, "user", "disable", "bert").exitStatus()).isZero();
        assertThat(CliRun.run(database, "user", "list").out()).containsPattern("bert +municipality +0405 0420 +no");
        String before = text("select password_hash from console_user where username = 'anna.de-vries@regio.nl'");
        assertThat(CliRun.runWithInput(database, "another long password\n", "user", "password", "anna.de-vries@regio.nl",
                "--password-stdin").exitStatus()).isZero();
        assertThat(text("select password_hash from console_user where username = 'anna.de-vries@regio.nl'"))
                .isNotEqualTo(before).startsWith("{bcrypt}");

        String osUser = "cli:" + System.getProperty("user.name");
        assertThat(Queries.count(database, "select count(*) from audit_event where action = 'USER_CHANGED' and username = '"
                + osUser + "'")).isEqualTo(4);
        assertThat(Queries.count(database, "select count(*) from audit_event where target = 'bert' and detail = "
                + "'added, role MUNICIPALITY, municipalities 0405 0420'")).isOne();
        assertThat(Queries.count(database, "select count(*) from audit_event where detail like '%twelve%'")).isZero();
    }

    @Test
    void badPasswordsNamesRolesAndMunicipalitiesAreRefusedBeforeAnythingIsStored() {
        assertRefused(CliRun.runWithInput(database, "short pw\n", "user", "add", "anna", "--role", "finance",
                "--password-stdin"), "the password must have at least 12 characters");
        assertRefused(CliRun.runWithInput(database, "", "user", "add", "anna", "--role", "finance", "--password-stdin"),
                "no password on standard input");
        assertRefused(CliRun.runWithInput(database, "\n", "user", "add", "anna", "--role", "finance", "--password-stdin"),
                "no password on standard input");
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "finance"),
                "Missing required option: '--password-stdin'");
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna smit", "--role", "finance",
                "--password-stdin"), "a user name is 1 to 100 letters, digits and . _ - @: 'anna smit'");
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "boss", "--password-stdin"),
                "must be finance, municipality, auditor, operator or privacy: 'boss'");
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "municipality",
                "--password-stdin"), "a municipality user needs at least one municipality");
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "finance",
                "--municipality", "0405", "--password-stdin"), "only a municipality user is scoped to municipalities");
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "municipality",
                "--municipality", "405", "--password-stdin"), "must be a 4-digit municipality code: '405'");
        assertRefused(CliRun.run(database, "user", "disable", "nobody"), "no such user: 'nobody'");
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "password", "nobody", "--password-stdin"),
                "no such user: 'nobody'");
        assertRefused(CliRun.run(database, "user"), "no user command given");

        assertThat(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "auditor", "--password-stdin")
                .exitStatus()).isZero();
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "finance",
                "--password-stdin"), "user 'anna' exists already");
        assertThat(Queries.count(database, "select count(*) from console_user")).isOne();
    }

    @Test
    void municipalitiesAreCheckedAgainstTheLoadedReferenceData() {
        assertThat(CliRun.run(database, "user", "list").exitStatus()).as("the schema is there").isZero();
        database.dsl().execute("insert into reference_load (load_id, file_name, sha256, row_count, loaded_at) values "
                + "(1, 'municipalities.csv', '" + "0".repeat(64) + "', 1, ?)", LocalDateTime.now());
        database.dsl().execute("insert into municipality (load_id, line_number, municipality_code, name, region_code) "
                + "values (1, 2, '0405', 'Hoorn', 'WEST-FRIESLAND')");
        assertRefused(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "municipality",
                "--municipality", "0405", "--municipality", "9999", "--password-stdin"),
                "no such municipality in the reference data: 9999");
        assertThat(CliRun.runWithInput(database, PASSWORD, "user", "add", "anna", "--role", "municipality",
                "--municipality", "0405", "--password-stdin").exitStatus()).isZero();
    }

    private String text(String sql) {
        return String.valueOf(database.dsl().fetchValue(sql));
    }

    private static void assertRefused(CliRun run, String reason) {
        assertThat(run.exitStatus()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(reason);
    }
}
