package org.caresettle.batch.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.core.value.Bsn;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.caresettle.schema.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No BSN leaves the engine except in the answers to the providers (issue 5.6). The whole sample
 * night runs ({@code nightly} on a copy of West-Friesland, then {@code verify} of every settled
 * period) while the console is captured; then every file under the output folder except
 * {@code responses/} (which answer the provider about its own clients, by BSN as iJw requires), every
 * file name there, the commands' own output and every log line are searched for every BSN of the
 * inputs. Inzage documents (issue 16) for some of those BSNs are written among the output and scanned
 * too. The engine's own loggers run at DEBUG, the level an operator turns on to see a stack
 * trace, so a BSN in a debug message is caught too.
 *
 * <p>The search is checked as well: it finds the BSNs in the answers, and a BSN logged on purpose.
 * {@link PrivacyScanTest} checks the scanner on planted files.
 */
@SlowTest
class PrivacyTest {

    static final String AS_OF = "2026-11-23";
    /** A test BSN (11-proof) that the sample does not use: logged on purpose to prove the capture works. */
    static final String PLANTED = "999999990";
    /** Inzage documents written among the scanned output. */
    static final int INZAGE_REQUESTS = 5;

    private static final Predicate<Path> ANSWERS = relative -> relative.startsWith("responses");

    @TempDir
    Path temp;

    TestDatabase database() {
        return TestDatabases.h2();
    }

    @Test
    void noBsnOfTheInputsInStatementsFilesListOrLogs() throws IOException {
        Path data = SampleData.copy(SampleData.WEST_FRIESLAND, temp.resolve("data"));
        Path out = temp.resolve("out");
        Set<String> bsns = BsnScan.ofInputs(data);
        assertThat(bsns).as("BSNs of allocations.csv and the inbox").hasSizeGreaterThan(200).doesNotContain(PLANTED);

        List<CliRun> runs = new ArrayList<>();
        String console;
        try (TestDatabase database = database(); ConsoleCapture capture = ConsoleCapture.start()) {
            CliRun nightly = CliRun.run(database, "nightly", "--data", data.toString(), "--out", out.toString(),
                    "--as-of", AS_OF, "--logging.level.org.caresettle=DEBUG");
            runs.add(nightly);
            assertThat(nightly.exitStatus()).as(nightly.err()).isZero();
            List<String> periods = settledPeriods(out);
            assertThat(periods).containsExactly("2026-08", "2026-09", "2026-10");
            for (String period : periods) {
                CliRun verify = CliRun.run(database, "verify", "--out", out.toString(), "--period", period,
                        "--logging.level.org.caresettle=DEBUG");
                runs.add(verify);
                assertThat(verify.exitStatus()).as(verify.err()).isZero();
            }
            // Inzage (issue 16) reads BSNs from standard input: its documents and its log must hold none.
            Path inzage = Files.createDirectories(out.resolve("inzage"));
            for (String bsn : bsns.stream().filter(Bsn::passesElevenProof).limit(INZAGE_REQUESTS).toList()) {
                CliRun answer = CliRun.runWithInput(database, bsn + "\n", "inzage", "--out",
                        inzage.resolve("inzage-" + runs.size() + ".html").toString(), "--logging.level.org.caresettle=DEBUG");
                runs.add(answer);
                assertThat(answer.exitStatus()).as(answer.err()).isZero();
            }
            LoggerFactory.getLogger("org.caresettle.privacy.selfcheck").error("planted for the self-check: {}", PLANTED);
            console = capture.text();
        }

        assertThat(BsnScan.filesScanned(out, ANSWERS)).as("files scanned").isGreaterThan(60);
        try (Stream<Path> exports = Files.walk(out.resolve("exports"))) {
            assertThat(exports.filter(path -> path.toString().endsWith(".xlsx")).count())
                    .as("the Excel workbooks are scanned too, entry by entry (issue 15)").isGreaterThan(10);
        }
        assertThat(BsnScan.inFiles(out, bsns, ANSWERS)).as("BSNs in the output outside responses/").isEmpty();
        for (CliRun run : runs) {
            assertThat(BsnScan.inText("standard output", run.out(), bsns)).isEmpty();
            assertThat(BsnScan.inText("standard error", run.err(), bsns)).isEmpty();
        }
        assertThat(console).as("captured console").contains("nightly: settle").contains("verified v1 of 2026-10");
        assertThat(BsnScan.inText("console and log", console, bsns)).as("BSNs in the console and log lines").isEmpty();

        // the search itself sees what it must: the answers name clients by BSN, the planted log line is caught
        assertThat(BsnScan.inFiles(out.resolve("responses"), bsns, path -> false))
                .as("rejected lines are answered by BSN in the JW325 answers").isNotEmpty();
        assertThat(BsnScan.inText("console and log", console, Set.of(PLANTED)))
                .as("the log line planted through SLF4J after the runs").hasSize(1);
    }

    private static List<String> settledPeriods(Path out) throws IOException {
        try (Stream<Path> periods = Files.list(out.resolve("statements"))) {
            return periods.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
