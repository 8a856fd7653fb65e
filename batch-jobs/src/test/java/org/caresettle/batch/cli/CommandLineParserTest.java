package org.caresettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CommandLineParserTest {

    @Test
    void readsOptionsInBothFormsAndPassesSpringPropertiesOn() {
        Invocation invocation = CommandLineParser.parse(new String[] {
                "ingest", "--data", "d", "--out=o", "--as-of", "2026-04-10",
                "--spring.datasource.url=jdbc:h2:mem:x", "--spring.datasource.username", "sa"});

        assertThat(invocation.command().name()).isEqualTo("ingest");
        assertThat(invocation.options()).containsEntry("data", "d").containsEntry("out", "o")
                .containsEntry("as-of", "2026-04-10");
        assertThat(invocation.springArguments())
                .containsExactly("--spring.datasource.url=jdbc:h2:mem:x", "--spring.datasource.username=sa");
    }

    @Test
    void refusesWhatIsNotACommandOrOption() {
        assertThatThrownBy(() -> CommandLineParser.parse(new String[0])).hasMessage("no command given");
        assertThatThrownBy(() -> CommandLineParser.parse(new String[] {"settle-all"}))
                .hasMessage("unknown command 'settle-all'");
        assertThatThrownBy(() -> CommandLineParser.parse(new String[] {"ingest", "--data", "d", "--out", "o", "--period", "2026-03"}))
                .hasMessage("command ingest has no option --period");
        assertThatThrownBy(() -> CommandLineParser.parse(new String[] {"ingest", "--data", "d"}))
                .hasMessage("command ingest needs --out");
        assertThatThrownBy(() -> CommandLineParser.parse(new String[] {"ingest", "--data"}))
                .hasMessage("option --data needs a value");
        assertThatThrownBy(() -> CommandLineParser.parse(new String[] {"ingest", "stray"}))
                .hasMessage("unexpected argument 'stray'");
        assertThatThrownBy(() -> CommandLineParser.parse(new String[] {"ingest", "--data", "a", "--data", "b", "--out", "o"}))
                .hasMessage("option --data given twice");
    }

    @Test
    void distributedIsAFlagOfThePartitionedCommands() {
        for (String[] args : new String[][] {{"ingest", "--data", "d", "--out", "o", "--distributed"},
                {"settle", "--distributed", "--data", "d", "--out", "o", "--period", "2026-10"},
                {"nightly", "--data", "d", "--distributed", "--out", "o"}}) {
            Invocation invocation = CommandLineParser.parse(args);
            assertThat(invocation.springArguments()).as(args[0]).containsExactly("--settlement.partitions.mode=remote");
            assertThat(invocation.options()).as(args[0]).doesNotContainKey("distributed");
        }
        assertThatThrownBy(() -> CommandLineParser.parse(new String[] {"report", "--data", "d", "--out", "o",
                "--period", "2026-10", "--distributed"})).hasMessage("command report has no option --distributed");
    }

    @Test
    void usageListsOnlyWorkingCommands() {
        for (CommandSpec spec : Commands.ALL) {
            assertThat(Commands.usage()).contains("\n  " + spec.synopsis() + "\n");
        }
    }

    @Test
    void periodMustBeAMonth() {
        Invocation invocation = CommandLineParser.parse(new String[] {"verify", "--out", "o", "--period", "2026-3"});
        assertThatThrownBy(invocation::period)
                .isInstanceOf(UsageException.class).hasMessage("--period must be a month YYYY-MM: '2026-3'");
        assertThatThrownBy(() -> CommandLineParser.parse(new String[] {"settle", "--data", "d", "--out", "o"}))
                .hasMessage("command settle needs --period");
    }

    @Test
    void businessDateMustBeADate() {
        Invocation invocation = CommandLineParser.parse(new String[] {"ingest", "--data", "d", "--out", "o", "--as-of", "2026-13-01"});
        assertThatThrownBy(() -> invocation.businessDate(java.time.LocalDate.of(2026, 1, 1)))
                .isInstanceOf(UsageException.class).hasMessageContaining("--as-of must be a date");
    }
}
