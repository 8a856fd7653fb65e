package org.caresettle.batch.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.ReferenceFixture;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every reference rule of SPEC 3, through the command line: one small bad file, and the run is
 * refused with exit 2, standard error names file, line and rule, and nothing is stored.
 */
@SlowTest
class ReferenceRulesCommandTest {

    @TempDir
    Path temp;

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("municipalities.csv:1: HEADER", f -> f.replaceLine("municipalities.csv", 1, "municipality_code,naam,region_code")),
                bad("municipalities.csv:2: FORMAT:municipality_code", f -> f.replaceLine("municipalities.csv", 2, "405,Hoorn,WF")),
                bad("municipalities.csv:5: UNIQUE_KEY", f -> f.appendLine("municipalities.csv", "0405,Hoorn,NH")),
                bad("providers.csv:2: FORMAT:agb_code", f -> f.replaceLine("providers.csv", 2, "1234567,Zorggroep")),
                bad("providers.csv:4: UNIQUE_KEY", f -> f.appendLine("providers.csv", "12345678,Dubbel")),
                bad("products.csv:4: POOLED_ONLY_JW", f -> f.replaceLine("products.csv", 4, "WMO,02,02A01,Hulp bij het huishouden,true")),
                bad("products.csv:3: FORMAT:pooled", f -> f.replaceLine("products.csv", 3, "JW,43,43A01,Verblijf,ja")),
                bad("arrangements.csv:2: FORMAT:valid_from", f -> f.replaceLine("arrangements.csv", 2,
                        "A1,12345678,WF,JW,45,45A01,PERFORMANCE,04,8550,2026-02-30,2026-12-31,,,")),
                bad("arrangements.csv:6: ARRANGEMENT_OVERLAP", f -> f.appendLine("arrangements.csv",
                        "A5,12345678,WF,JW,45,45A01,PERFORMANCE,04,9000,2026-06-01,,,,")),
                bad("arrangements.csv:2: FINANCING_UNIT", f -> f.replaceLine("arrangements.csv", 2,
                        "A1,12345678,WF,JW,45,45A01,PERFORMANCE,82,8550,2026-01-01,2026-12-31,,,")),
                bad("arrangements.csv:2: END_BEFORE_START", f -> f.replaceLine("arrangements.csv", 2,
                        "A1,12345678,WF,JW,45,45A01,PERFORMANCE,04,8550,2026-01-01,2025-12-31,,,")),
                bad("arrangements.csv:2: UNKNOWN_REGION", f -> f.replaceLine("arrangements.csv", 2,
                        "A1,12345678,XX,JW,45,45A01,PERFORMANCE,04,8550,2026-01-01,2026-12-31,,,")),
                bad("arrangements.csv:2: UNKNOWN_PROVIDER", f -> f.replaceLine("arrangements.csv", 2,
                        "A1,11112222,WF,JW,45,45A01,PERFORMANCE,04,8550,2026-01-01,2026-12-31,,,")),
                bad("allocations.csv:5: UNIQUE_KEY", f -> f.appendLine("allocations.csv",
                        "1001,0405,999900043,12345678,JW,45,45A01,2026-01-01,2026-12-31,5,04,4,,ACTIVE")),
                bad("allocations.csv:2: BSN_ELEVEN_PROOF", f -> f.replaceLine("allocations.csv", 2,
                        "1001,0405,999900007,12345678,JW,45,45A01,2026-01-01,2026-12-31,10,04,4,,ACTIVE")),
                bad("allocations.csv:2: UNKNOWN_MUNICIPALITY", f -> f.replaceLine("allocations.csv", 2,
                        "1001,9998,999900006,12345678,JW,45,45A01,2026-01-01,2026-12-31,10,04,4,,ACTIVE")),
                bad("allocations.csv:3: END_BEFORE_START", f -> f.replaceLine("allocations.csv", 3,
                        "2001,0388,999900018,12345678,JW,43,43A01,2026-02-15,2026-02-14,1,82,4,,ACTIVE")),
                bad("allocations.csv:4: FORMAT:frequency", f -> f.replaceLine("allocations.csv", 4,
                        "3001,0532,999900031,87654321,WMO,02,02A01,2026-01-01,,8,04,3,500000,ACTIVE")),
                bad("pooling_keys.csv:2: POOLING_KEY_SUM", f -> f.replaceLine("pooling_keys.csv", 4, "WF,2026,0532,0.260000")),
                bad("pooling_keys.csv:", "POOLING_KEY_INCOMPLETE", f -> f.replaceLine("pooling_keys.csv", 4, "")),
                bad("budgets.csv:2: FORMAT:law", f -> f.replaceLine("budgets.csv", 2, "0405,2026,JWZ,120000000")),
                bad("outcomes.csv:3: OUTCOME_UNIQUE", f -> f.appendLine("outcomes.csv", "2001,0388,2026-04-01,PARTIAL")),
                bad("outcomes.csv:2: UNKNOWN_ALLOCATION", f -> f.replaceLine("outcomes.csv", 2, "7777,0388,2026-03-20,ACHIEVED")));
    }

    private static Arguments bad(String fileLineRule, UnaryOperator<ReferenceFixture> breakIt) {
        return Arguments.of(fileLineRule, "", breakIt);
    }

    private static Arguments bad(String fileAndLine, String rule, UnaryOperator<ReferenceFixture> breakIt) {
        return Arguments.of(fileAndLine, rule, breakIt);
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("badFiles")
    void aFileThatBreaksARuleIsRefusedWholeAndNothingIsStored(String expected, String rule,
            UnaryOperator<ReferenceFixture> breakIt) {
        TestDatabase database = TestDatabases.h2();
        Path data = breakIt.apply(new ReferenceFixture()).writeTo(temp.resolve("data"));

        CliRun run = CliRun.run(database, "ingest", "--data", data.toString(), "--out", temp.resolve("out").toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("reference/" + expected).contains(rule);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Queries.count(database, "select count(*) from reference_load")).isZero();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedByName() throws IOException {
        TestDatabase database = TestDatabases.h2();
        Path data = new ReferenceFixture().writeTo(temp.resolve("data"));
        Files.write(data.resolve("reference/providers.csv"),
                new byte[] {'a', 'g', 'b', '_', 'c', 'o', 'd', 'e', ',', 'n', 'a', 'm', 'e', '\n', '1', ',', (byte) 0xC3, '\n'});

        CliRun run = CliRun.run(database, "ingest", "--data", data.toString(), "--out", temp.resolve("out").toString());

        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("providers.csv").contains("not UTF-8");
        assertThat(Queries.count(database, "select count(*) from reference_load")).isZero();
    }
}
