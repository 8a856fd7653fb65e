package org.caresettle.batch.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.caresettle.batch.testsupport.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code generate} runs standalone (no database) and refuses bad arguments with exit 2. */
class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesADataSetAndASummary() {
        Path out = temp.resolve("set");
        CliRun run = CliRun.runRaw("generate", "--out", out.toString(), "--lines", "500", "--seed", "7");
        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).contains("inbox:", "expected rejections:");
        assertThat(out.resolve("reference/arrangements.csv")).isRegularFile();
        assertThat(out.resolve("inbox")).isDirectoryContaining(p -> Files.isRegularFile(p));
    }

    @Test
    void badArgumentsAreRefused() {
        CliRun noLines = CliRun.runRaw("generate", "--out", temp.toString());
        assertThat(noLines.exitStatus()).isEqualTo(2);
        assertThat(noLines.err()).contains("needs --lines");

        CliRun notANumber = CliRun.runRaw("generate", "--out", temp.toString(), "--lines", "many");
        assertThat(notANumber.exitStatus()).isEqualTo(2);
        assertThat(notANumber.err()).contains("--lines must be a whole number");

        CliRun used = CliRun.runRaw("generate", "--out", temp.resolve("twice").toString(), "--lines", "50");
        assertThat(used.exitStatus()).isZero();
        CliRun again = CliRun.runRaw("generate", "--out", temp.resolve("twice").toString(), "--lines", "50");
        assertThat(again.exitStatus()).isEqualTo(2);
        assertThat(again.err()).contains("not empty").doesNotContain("\tat ");
    }
}
