package org.caresettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ParameterException;

/**
 * {@code rerun request|approve|reject|list} as picocli reads them (issue 14), without starting Spring: the
 * subcommands and their help, a reason required where a decision needs one, {@code --user} checked as a
 * name, and {@code cli:NAME} as the user a request or decision is recorded under.
 */
class RerunCommandLineTest {

    @TempDir
    Path temp;

    @Test
    void theHelpNamesTheSubcommandsAndTheUserOption() {
        CliRun help = CliRun.runRaw("rerun", "--help");
        assertThat(help.exitStatus()).isZero();
        assertThat(help.out()).contains("request").contains("approve").contains("reject").contains("list");
        assertThat(CliRun.runRaw("rerun", "approve", "--help").out()).contains("--id=N").contains("--out=DIR")
                .contains("--user=NAME").contains("console is not used");
        assertThat(CliRun.runRaw("--help").out()).contains("  rerun ");
    }

    @Test
    void aDecisionWithoutWhatItNeedsIsRefusedBeforeSpringStarts() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        assertThatThrownBy(() -> SettlementCli.prepare("rerun", "request", "--data", data.toString(), "--out", "o",
                "--period", "2026-08")).isInstanceOf(ParameterException.class).hasMessageContaining("--reason is required");
        assertThatThrownBy(() -> SettlementCli.prepare("rerun", "reject", "--id", "3", "--reason", " "))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--reason is required");
        assertThatThrownBy(() -> SettlementCli.prepare("rerun", "approve", "--id", "3"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--out");
        assertThatThrownBy(() -> SettlementCli.prepare("rerun", "approve", "--out", "o", "--id", "3", "--user", "a b"))
                .isInstanceOf(ParameterException.class).hasMessageContaining("--user");
        CliRun none = CliRun.runRaw("rerun");
        assertThat(none.exitStatus()).isEqualTo(2);
        assertThat(none.err()).contains("no rerun command given");
    }

    @Test
    void theUserIsTheOsUserOrTheNameGiven() {
        RerunCommand.RerunSubcommand own = subcommand(SettlementCli.prepare("rerun", "list"));
        RerunCommand.RerunSubcommand named = subcommand(SettlementCli.prepare("rerun", "approve", "--out", "o", "--id",
                "3", "--user", "bob"));

        assertThat(own.user()).isEqualTo("cli:" + System.getProperty("user.name"));
        assertThat(named.user()).isEqualTo("cli:bob");
    }

    private static RerunCommand.RerunSubcommand subcommand(PreparedCommand prepared) {
        return (RerunCommand.RerunSubcommand) prepared.command();
    }
}
