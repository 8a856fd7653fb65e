package org.caresettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caresettle.batch.testsupport.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/**
 * The command line as picocli reads it, checked without starting Spring: help and version, the
 * Spring properties passed on, and every kind of bad argument refused with exit 2, the reason and
 * the usage, before any database or run record exists (issue 12.2).
 */
class SettlementCliTest {

    private static final List<String> COMMANDS = List.of("ingest", "settle", "report", "nightly", "verify",
            "explain", "generate", "serve", "worker");

    @TempDir
    Path temp;

    @Test
    void helpListsEveryCommandAndExits0() {
        for (String help : List.of("--help", "-h", "help")) {
            CliRun run = CliRun.runRaw(help);
            assertThat(run.exitStatus()).as(help).isZero();
            assertThat(run.out()).as(help).contains("Usage: java -jar settlement.jar");
            COMMANDS.forEach(command -> assertThat(run.out()).as(help).contains("  " + command + " "));
        }
    }

    @Test
    void everyCommandHasHelpWithItsOptionsAndDefaults() {
        for (String command : COMMANDS) {
            CliRun run = CliRun.runRaw(command, "--help");
            assertThat(run.exitStatus()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: settlement " + command).contains("-h, --help");
            assertThat(CliRun.runRaw("help", command).out()).as("help " + command).isEqualTo(run.out());
        }
        assertThat(CliRun.runRaw("settle", "--help").out()).contains("--period=YYYY-MM").contains("--data=DIR")
                .contains("--distributed").contains("--production");
        assertThat(CliRun.runRaw("generate", "--help").out()).contains("(default: 1)").contains("(default: default)");
    }

    @Test
    void versionNamesTheBuild() {
        CliRun run = CliRun.runRaw("--version");
        assertThat(run.exitStatus()).isZero();
        assertThat(run.out()).startsWith("settlement ").contains("commit ").contains("built ");
    }

    @Test
    void springPropertiesArePassedOnInBothForms() {
        SpringArguments split = SpringArguments.split(new String[] {"ingest", "--data", "d", "--out=o",
                "--spring.datasource.url=jdbc:h2:mem:x", "--spring.datasource.username", "sa", "--as-of", "2026-04-10"});
        assertThat(split.commandArguments()).containsExactly("ingest", "--data", "d", "--out=o", "--as-of", "2026-04-10");
        assertThat(split.springArguments())
                .containsExactly("--spring.datasource.url=jdbc:h2:mem:x", "--spring.datasource.username=sa");
    }

    @Test
    void distributedAndProductionBecomeSpringProperties() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        for (String command : List.of("ingest", "nightly")) {
            PreparedCommand prepared = SettlementCli.prepare(command, "--data", data.toString(), "--out", "o",
                    "--distributed", "--production", "--spring.x.y=z");
            assertThat(prepared.springArguments()).as(command).containsExactly("--spring.x.y=z",
                    "--settlement.production=true", "--settlement.partitions.mode=remote");
        }
        assertThat(SettlementCli.prepare("worker").springArguments()).contains("--settlement.worker.enabled=true");
        assertThat(SettlementCli.prepare("serve").springArguments())
                .containsExactly("--spring.main.web-application-type=servlet");
        assertThatThrownBy(() -> SettlementCli.prepare("report", "--data", data.toString(), "--out", "o",
                "--period", "2026-10", "--distributed"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("Unknown option: '--distributed'");
    }

    @Test
    void noCommandPrintsTheUsage() {
        CliRun run = CliRun.runRaw();
        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("settlement: no command given").contains("Usage: java -jar settlement.jar");
    }

    @Test
    void anUnknownCommandSuggestsTheNearest() {
        CliRun run = CliRun.runRaw("setle", "--period", "2026-10");
        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("settlement: unknown command 'setle'").contains("Did you mean")
                .contains("settle").doesNotContain("Exception");
    }

    @Test
    void badArgumentsAreRefusedWithTheCommandsUsage() {
        refused(List.of("ingest", "--data", "d", "--out", "o", "--colour", "red"), "Unknown options: '--colour', 'red'");
        refused(List.of("ingest", "--data", "d"), "Missing required option: '--out=DIR'");
        refused(List.of("ingest", "--data"), "Missing required parameter for option '--data'");
        refused(List.of("ingest", "--data", "d", "--out", "o", "stray"), "Unmatched argument at index 5: 'stray'");
        refused(List.of("ingest", "--data", "a", "--data", "b", "--out", "o"), "should be specified only once");
        refused(List.of("settle", "--data", "d", "--out", "o"), "Missing required option: '--period=YYYY-MM'");
        refused(List.of("verify", "--out", "o", "--period", "2026-3"), "must be a month YYYY-MM: '2026-3'");
        refused(List.of("verify", "--out", "o", "--period", "2026-03", "--version", "0"),
                "Invalid value for option '--version': must be a version number 1, 2, ...: '0'");
        refused(List.of("export", "--out", "o", "--period", "2026-03", "--version", "two"),
                "Invalid value for option '--version': must be a version number 1, 2, ...: 'two'");
        refused(List.of("explain", "--out", "o", "--period", "2026-03", "--municipality", "405"),
                "must be a 4-digit municipality code: '405'");
    }

    /** Today a bad date is refused before Spring starts: no database, no run record, no output folder. */
    @Test
    void aBadBusinessDateIsRefusedBeforeAnythingStarts() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Path out = temp.resolve("out");
        CliRun run = CliRun.runRaw("nightly", "--data", data.toString(), "--out", out.toString(),
                "--as-of", "23-11-2026", "--spring.datasource.url=jdbc:h2:" + temp.resolve("db"));
        assertThat(run.exitStatus()).isEqualTo(2);
        assertThat(run.err()).contains("must be a date YYYY-MM-DD: '23-11-2026'");
        assertThat(run.out()).doesNotContain("nightly: ingest");
        assertThat(out).doesNotExist();
        assertThat(temp.resolve("db.mv.db")).doesNotExist();
    }

    private static void refused(List<String> args, String reason) {
        CliRun run = CliRun.runRaw(args.toArray(String[]::new));
        assertThat(run.exitStatus()).as(String.join(" ", args)).isEqualTo(2);
        assertThat(run.err()).as(String.join(" ", args)).startsWith("settlement: ").contains(reason)
                .contains("Usage: settlement " + args.get(0)).doesNotContain("\tat ");
    }
}
