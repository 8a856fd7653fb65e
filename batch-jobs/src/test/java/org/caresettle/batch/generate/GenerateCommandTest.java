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
    void aShapeAndItsSettingsAreOptions() {
        Path out = temp.resolve("mix");
        CliRun run = CliRun.runRaw("generate", "--out", out.toString(), "--lines", "500", "--shape", "mix",
                "--providers", "20", "--xml-share", "0.5", "--xml-lines", "10", "--shared-files", "0.3");
        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).contains("shape mix: 20 providers, 50% send XML messages of 10+ lines");

        CliRun unknown = CliRun.runRaw("generate", "--out", temp.resolve("x").toString(), "--lines", "50",
                "--shape", "round");
        assertThat(unknown.exitStatus()).isEqualTo(2);
        assertThat(unknown.err()).contains("--shape must be default, csv, xml or mix");

        CliRun share = CliRun.runRaw("generate", "--out", temp.resolve("y").toString(), "--lines", "50",
                "--shape", "mix", "--xml-share", "2");
        assertThat(share.exitStatus()).isEqualTo(2);
        assertThat(share.err()).contains("--xml-share must be between 0 and 1");
    }

    @Test
    void badArgumentsAreRefused() {
        CliRun noLines = CliRun.runRaw("generate", "--out", temp.toString());
        assertThat(noLines.exitStatus()).isEqualTo(2);
        assertThat(noLines.err()).contains("Missing required option: '--lines=N'");

        CliRun notANumber = CliRun.runRaw("generate", "--out", temp.toString(), "--lines", "many");
        assertThat(notANumber.exitStatus()).isEqualTo(2);
        assertThat(notANumber.err()).contains("Invalid value for option '--lines'");

        CliRun used = CliRun.runRaw("generate", "--out", temp.resolve("twice").toString(), "--lines", "50");
        assertThat(used.exitStatus()).isZero();
        CliRun again = CliRun.runRaw("generate", "--out", temp.resolve("twice").toString(), "--lines", "50");
        assertThat(again.exitStatus()).isEqualTo(2);
        assertThat(again.err()).contains("not empty").doesNotContain("\tat ");
    }
}
