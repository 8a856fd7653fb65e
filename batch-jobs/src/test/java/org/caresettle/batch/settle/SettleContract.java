package org.caresettle.batch.settle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.DeclarationFixture;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SpecExample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code settle}, {@code verify} and {@code nightly} on SPEC 12's worked example, run on each database by a subclass. */
abstract class SettleContract extends SettleCommandLine {

    static final String MARCH = "2026-03";

    @BeforeEach
    void referenceLoadedByIngest() {
        database = database();
        data = SpecExample.dataFolder(temp.resolve("data"));
        out = temp.resolve("out");
    }

    @Test
    void settlesTheWorkedExampleAndVerifiesIt() throws IOException {
        ingest();
        SpecExample.insertDeclarations(new DeclarationFixture(database));

        CliRun settle = settle(MARCH);

        assertThat(settle.exitStatus()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("period 2026-03: v1 written").contains("settled 849401 cents");
        Path v1 = out.resolve("statements/2026-03/v1");
        assertThat(fileNames(v1)).containsExactly("detail_0388.csv", "detail_0405.csv", "detail_0532.csv",
                "invoice_0388.csv", "invoice_0405.csv", "invoice_0532.csv", "manifest.csv", "payment_12345678.csv",
                "payment_87654321.csv");
        assertThat(total(v1.resolve("invoice_0405.csv"))).isEqualTo(395651);
        assertThat(total(v1.resolve("invoice_0388.csv"))).isEqualTo(119000);
        assertThat(total(v1.resolve("invoice_0532.csv"))).isEqualTo(334750);
        assertThat(total(v1.resolve("payment_12345678.csv")) + total(v1.resolve("payment_87654321.csv")))
                .isEqualTo(849401);
        assertThat(Files.readString(v1.resolve("invoice_0388.csv"))).startsWith("""
                municipality_code,period,version,line_type,provider_agb,law,category,code,financing,line_count,volume,unit,withheld_cents,amount_cents,amount_eur
                0388,2026-03,1,DIRECT,12345678,JW,43,43A01,RESULT,1,1,82,45000,405000,4050.00
                0388,2026-03,1,OUTCOME_RELEASE,12345678,JW,43,43A01,RESULT,1,,,0,90000,900.00
                """).contains("0388,2026-03,1,POOLING_ADJUSTMENT,,JW,,,,0,,,0,-396000,-3960.00\n")
                .endsWith("0388,2026-03,1,TOTAL,,,,,,2,,,45000,119000,1190.00\n");
        List<String> detail = Files.readAllLines(v1.resolve("detail_0405.csv"));
        assertThat(detail).hasSize(2);
        assertThat(detail.get(1)).startsWith("0405,2026-03,1,2026-04-03_12345678_1.csv,EX-MAR-0405,R2026030001,,1001,")
                .endsWith(",12345678,JW,45,45A01,PERFORMANCE,2026-03-01,2026-03-31,D,8,04,68400,0,68400");
        assertThat(Files.exists(out.resolve("statements/2026-03/.v1.tmp"))).isFalse();
        assertNoBsnIn(out.resolve("statements"));

        CliRun verify = CliRun.runRaw("verify", "--out", out.toString(), "--period", MARCH);
        assertThat(verify.exitStatus()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("verified v1 of 2026-03").contains("invoice TOTALs 849401 = payment TOTALs 849401");
    }

    @Test
    void unchangedInputsWriteNothing() throws IOException {
        ingest();
        SpecExample.insertDeclarations(new DeclarationFixture(database));
        assertThat(settle(MARCH).exitStatus()).isZero();
        Map<String, byte[]> before = contents(out.resolve("statements"));

        CliRun again = settle(MARCH);

        assertThat(again.exitStatus()).isZero();
        assertThat(again.out()).contains("period 2026-03: inputs unchanged since v1, nothing written");
        assertThat(Queries.count(database, "select count(*) from settlement_version")).isEqualTo(1);
        assertThat(contents(out.resolve("statements"))).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void aVersionStoredButNotYetRenamedIsPublishedByTheNextRun() throws IOException {
        ingest();
        SpecExample.insertDeclarations(new DeclarationFixture(database));
        assertThat(settle(MARCH).exitStatus()).isZero();
        Path period = out.resolve("statements/2026-03");
        Map<String, byte[]> v1 = contents(period.resolve("v1"));
        // As a crash between the commit and the rename leaves it.
        Files.move(period.resolve("v1"), period.resolve(".v1.tmp"));
        // As a crash while writing the next version leaves it: a partial pending folder.
        Files.createDirectories(period.resolve(".v2.tmp"));
        Files.writeString(period.resolve(".v2.tmp/invoice_0405.csv"), "municipality_code,per");

        CliRun rerun = settle(MARCH);

        assertThat(rerun.exitStatus()).as(rerun.err()).isZero();
        assertThat(rerun.out()).contains("v1 published (its run stopped after storing it)")
                .contains("inputs unchanged since v1, nothing written");
        assertThat(contents(period.resolve("v1"))).containsExactlyInAnyOrderEntriesOf(v1);
        assertThat(Queries.count(database, "select count(*) from settlement_version")).isEqualTo(1);

        var late = new DeclarationFixture(database);
        late.debit(late.declaration(late.inboxFile("2026-04-20_87654321_2.csv"), "EX-MAR-0532B", "87654321", "0532",
                "WMO", MARCH), "W2026030002", "3001", "999900043", "02", "02A01", "2026-03-16", "2026-03-22", 4, "04",
                6200, "");
        assertThat(settle(MARCH).exitStatus()).isZero();
        assertThat(fileNames(period)).containsExactly("v1", "v2");
    }

    @Test
    void anOutFolderOfAnotherDatabaseIsRefused() throws IOException {
        ingest();
        SpecExample.insertDeclarations(new DeclarationFixture(database));
        Files.createDirectories(out.resolve("statements/2026-03/v1"));

        CliRun settle = settle(MARCH);

        assertThat(settle.exitStatus()).isEqualTo(2);
        assertThat(settle.err()).contains("v1 exists, but the database stores no version of 2026-03");
        assertThat(Queries.count(database, "select count(*) from settlement_version")).isZero();
    }

    @Test
    void aNewAcceptedLineGivesVersionTwoWithCorrections() throws IOException {
        ingest();
        DeclarationFixture fixture = new DeclarationFixture(database);
        SpecExample.insertDeclarations(fixture);
        assertThat(settle(MARCH).exitStatus()).isZero();
        Map<String, byte[]> v1 = contents(out.resolve("statements/2026-03/v1"));

        var late = fixture.declaration(fixture.inboxFile("2026-04-20_12345678_2.csv"), "EX-MAR-0405B", "12345678",
                "0405", "JW", MARCH);
        fixture.debit(late, "R2026030010", "1001", "999900018", "45", "45A01", "2026-03-15", "2026-03-31", 2, "04",
                8550, "");
        CliRun settle = settle(MARCH);

        assertThat(settle.exitStatus()).as(settle.err()).isZero();
        assertThat(settle.out()).contains("period 2026-03: v2 written").contains("corrections");
        Path v2 = out.resolve("statements/2026-03/v2");
        assertThat(total(v2.resolve("invoice_0405.csv"))).isEqualTo(395651 + 17100);
        assertThat(Files.readAllLines(v2.resolve("corrections.csv"))).containsExactly(
                "municipality_code,period,version,previous_version,line_type,provider_agb,law,category,code,financing,unit,change,previous_amount_cents,new_amount_cents,difference_cents",
                "0405,2026-03,2,1,DIRECT,12345678,JW,45,45A01,PERFORMANCE,04,CHANGED,68400,85500,17100",
                "0405,2026-03,2,1,TOTAL,,,,,,,CHANGED,395651,412751,17100");
        assertThat(contents(out.resolve("statements/2026-03/v1"))).containsExactlyInAnyOrderEntriesOf(v1);
        assertThat(Queries.count(database, "select count(*) from settlement_version")).isEqualTo(2);
        assertThat(Queries.count(database, "select count(*) from correction")).isEqualTo(2);

        CliRun verify = CliRun.runRaw("verify", "--out", out.toString(), "--period", MARCH);
        assertThat(verify.exitStatus()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("verified v2 of 2026-03").contains("2 corrections match v1");
    }

    @Test
    void aCreditInALaterPeriodIsBookedThereAndTakesBackTheRelease() throws IOException {
        ingest();
        DeclarationFixture fixture = new DeclarationFixture(database);
        SpecExample.insertDeclarations(fixture);
        long marchDebit = Queries.count(database, "select line_id from declaration_line where reference = 'R2026030003'");
        var april = fixture.declaration(fixture.inboxFile("2026-05-03_12345678_1.csv"), "EX-APR-0388", "12345678",
                "0388", "JW", "2026-04");
        fixture.credit(april, "R2026040001", marchDebit);

        CliRun settle = settle("2026-04");

        assertThat(settle.exitStatus()).as(settle.err()).isZero();
        Path v1 = out.resolve("statements/2026-04/v1");
        String invoice = Files.readString(v1.resolve("invoice_0388.csv"));
        assertThat(invoice).contains("0388,2026-04,1,DIRECT,12345678,JW,43,43A01,RESULT,1,-1,82,-45000,-405000,-4050.00")
                .contains("0388,2026-04,1,OUTCOME_RELEASE,12345678,JW,43,43A01,RESULT,1,,,0,-45000,-450.00");
        assertThat(Files.readAllLines(v1.resolve("detail_0388.csv")).get(1))
                .contains(",R2026040001,R2026030003,2001,").contains(",C,1,82,-450000,-45000,-405000");
        assertNoBsnIn(out.resolve("statements"));
        assertThat(CliRun.runRaw("verify", "--out", out.toString(), "--period", "2026-04").exitStatus()).isZero();
    }

    @Test
    void aRegionWithoutPoolingKeyIsRefusedNamingTheRegion() throws IOException {
        Path keys = data.resolve("reference/pooling_keys.csv");
        Files.writeString(keys, Files.readString(keys).replace("WF,2026,", "WF,2025,"));
        ingest();
        SpecExample.insertDeclarations(new DeclarationFixture(database));

        CliRun settle = settle(MARCH);

        assertThat(settle.exitStatus()).isEqualTo(2);
        assertThat(settle.err()).contains("region WF").contains("2026").doesNotContain("\tat ");
        assertThat(Queries.count(database, "select count(*) from settlement_version")).isZero();
        assertThat(fileNames(out.resolve("statements/2026-03"))).isEmpty();
    }

    @Test
    void nightlySettlesEveryPeriodWithAcceptedLinesOnce() {
        ingest();
        SpecExample.insertDeclarations(new DeclarationFixture(database));

        CliRun first = nightly("2026-04-10");
        CliRun second = nightly("2026-04-11");

        assertThat(first.exitStatus()).as(first.err()).isZero();
        assertThat(first.out()).contains("period 2026-02: v1 written").contains("period 2026-03: v1 written");
        assertThat(first.out().indexOf("2026-02: v1")).isLessThan(first.out().indexOf("2026-03: v1"));
        assertThat(second.exitStatus()).isZero();
        assertThat(second.out()).contains("period 2026-02: inputs unchanged since v1")
                .contains("period 2026-03: inputs unchanged since v1");
        assertThat(total(out.resolve("statements/2026-02/v1/invoice_0388.csv"))).isEqualTo(405000 + 20000 - 324000);
    }

    void ingest() {
        ingest("2026-04-10");
    }

    /** The amount_cents of a statement's TOTAL line. */
    static long total(Path statement) {
        try {
            List<String> lines = Files.readAllLines(statement);
            String[] cells = lines.get(lines.size() - 1).split(",", -1);
            assertThat(cells[3]).isEqualTo("TOTAL");
            return Long.parseLong(cells[13]);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<String> fileNames(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file under a folder by relative path, with its bytes. */
    static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }

    static void assertNoBsnIn(Path folder) throws IOException {
        contents(folder).forEach((file, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String bsn : SpecExample.BSNS) {
                assertThat(text).as(file).doesNotContain(bsn);
            }
            assertThat(text).as(file + " has no 9-digit number at all").doesNotContainPattern("(?<![0-9a-f])[0-9]{9}(?![0-9a-f])");
        });
    }
}
