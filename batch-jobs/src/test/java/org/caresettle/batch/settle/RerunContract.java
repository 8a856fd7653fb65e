package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.settle.SettleContract.contents;
import static org.caresettle.batch.settle.SettleContract.fileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.DeclarationFixture;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.batch.testsupport.SpecExample;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, fault 7: a rerun writes a new version only when the statements change (SPEC 10). The
 * fingerprint covers what settling reads, not load numbers; and when it changes while the
 * statements come out the same, nothing is written either. Run on each database by a subclass.
 */
abstract class RerunContract extends SettleCommandLine {

    private static final String FEBRUARY = "2026-02";
    private static final String MARCH = "2026-03";

    @Test
    void anUnusedProviderAddedToProvidersCsvWritesNothing() throws IOException {
        specExampleSettled(MARCH);
        Map<String, byte[]> before = contents(out.resolve("statements"));
        Files.writeString(data.resolve("reference/providers.csv"), "11223344,Nieuwe Zorg B.V.\n",
                StandardOpenOption.APPEND);
        ingest("2026-04-11");

        CliRun settle = settle(MARCH);

        assertThat(settle.exitStatus()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("period 2026-03: inputs unchanged since v1, nothing written");
        assertThat(contents(out.resolve("statements"))).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Queries.count(database, "select count(*) from settlement_version")).isEqualTo(1);
    }

    @Test
    void anArrangementNobodyUsesChangesTheInputsButNotTheStatements() throws IOException {
        specExampleSettled(MARCH);
        Map<String, byte[]> before = contents(out.resolve("statements"));
        Files.writeString(data.resolve("reference/arrangements.csv"),
                "EX-05,87654321,WF,JW,45,45A01,PERFORMANCE,04,9000,2026-01-01,2026-12-31,,,\n", StandardOpenOption.APPEND);
        ingest("2026-04-11");

        CliRun settle = settle(MARCH);
        CliRun again = settle(MARCH);

        assertThat(settle.exitStatus()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("period 2026-03: inputs changed but the statements are identical to v1;"
                + " nothing written");
        assertThat(again.out()).as("the new inputs are remembered").contains("inputs unchanged since v1");
        assertThat(contents(out.resolve("statements"))).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(Queries.count(database, "select count(*) from settlement_version")).isEqualTo(1);
        assertThat(Files.exists(out.resolve("statements/2026-03/.v2.tmp"))).isFalse();
    }

    @Test
    void anEarlierLineReachesALaterPeriodOnlyThroughAReleaseGroupWithAnOutcome() throws IOException {
        DeclarationFixture fixture = specExampleSettled(FEBRUARY, MARCH);
        long late = fixture.inboxFile("2026-04-20_12345678_2.csv");
        // Allocation 1001 (PERFORMANCE, no outcome): February changes, March does not.
        fixture.debit(fixture.declaration(late, "EX-FEB-0405", "12345678", "0405", "JW", FEBRUARY), "R2026020010",
                "1001", "999900018", "45", "45A01", "2026-02-01", "2026-02-28", 2, "04", 8550, "");

        assertThat(settle(FEBRUARY).out()).contains("period 2026-02: v2 written");
        assertThat(settle(MARCH).out()).contains("period 2026-03: inputs unchanged since v1");

        // Allocation 2001 (RESULT, ACHIEVED 2026-03-20): its W grows, so March's release does.
        fixture.debit(fixture.declaration(late, "EX-FEB-0388B", "12345678", "0388", "JW", FEBRUARY), "R2026020011",
                "2001", "999900031", "43", "43A01", "2026-02-01", "2026-02-14", 1, "82", 450000, "");
        CliRun march = settle(MARCH);

        assertThat(march.out()).contains("period 2026-03: v2 written");
        assertThat(Files.readAllLines(out.resolve("statements/2026-03/v2/corrections.csv")))
                .anyMatch(line -> line.startsWith("0388,2026-03,2,1,OUTCOME_RELEASE,12345678,JW,43,43A01,")
                        && line.endsWith(",90000,135000,45000"));
    }

    @Test
    void aNewAugustLineOfTheSampleGivesAugustTwoAndLeavesSeptemberAndOctober() throws IOException {
        database = database();
        data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        out = temp.resolve("out");
        assertThat(nightly("2026-11-23").exitStatus()).isZero();
        Map<String, byte[]> before = contents(out.resolve("statements"));
        Files.writeString(data.resolve("inbox/2026-11-22_41710148_11.csv"), Files.readString(
                data.resolve("inbox/2026-09-04_41710148_01.csv")).lines().findFirst().orElseThrow() + "\n"
                + "KO26080388X;2026-11-22;41710148;0388;JW;KOD26080388X;2026-08-01;2026-08-31;2026-11-21;10200;D;"
                + "999900614;KO260800097;;2239049;45;45A02;2026-08-20;2026-08-31;1;04;10200;10200;D\n");

        CliRun nightly = nightly("2026-11-24");

        assertThat(nightly.exitStatus()).as(nightly.err()).isZero();
        assertThat(nightly.out()).contains("lines 1 accepted 0 rejected")
                .contains("period 2026-08: v2 written")
                .contains("period 2026-09: inputs unchanged since v1, nothing written")
                .contains("period 2026-10: inputs unchanged since v1, nothing written");
        assertThat(fileNames(out.resolve("statements/2026-09"))).containsExactly("v1");
        assertThat(fileNames(out.resolve("statements/2026-10"))).containsExactly("v1");
        Map<String, byte[]> after = contents(out.resolve("statements"));
        after.keySet().removeIf(file -> file.startsWith("2026-08/v2/"));
        assertThat(after).containsExactlyInAnyOrderEntriesOf(before);
    }

    /** SPEC 12's example ingested (reference) and its declarations inserted, the periods settled. */
    private DeclarationFixture specExampleSettled(String... periods) {
        database = database();
        data = SpecExample.dataFolder(temp.resolve("data"));
        out = temp.resolve("out");
        ingest("2026-04-10");
        DeclarationFixture fixture = new DeclarationFixture(database);
        SpecExample.insertDeclarations(fixture);
        for (String period : periods) {
            CliRun settle = settle(period);
            assertThat(settle.exitStatus()).as(settle.err()).isZero();
        }
        return fixture;
    }
}
