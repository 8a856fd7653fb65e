package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Answer names that stay apart and fit the file system, and a writer that never replaces another answer (issue 11). */
class FileAnswersTest {

    @TempDir
    Path out;

    @Test
    void messageIdsThatCleanAlikeGetTwoNames() {
        FileAnswers answers = new FileAnswers(out, "zz_dec_1.csv", path -> false, path -> { });

        assertThat(answers.nameFor("41710148", "QX 1", 1)).isEqualTo("responses/41710148/zz_dec_1.csv.QX_1");
        assertThat(answers.nameFor("41710148", "QX_1", 2)).isEqualTo("responses/41710148/zz_dec_1.csv.QX_1~2");
        assertThat(answers.nameFor("41710148", "QX.1", 3)).isEqualTo("responses/41710148/zz_dec_1.csv.QX_1~3");
        assertThat(answers.nameFor("12345678", "QX_1", 4)).isEqualTo("responses/12345678/zz_dec_1.csv.QX_1");
    }

    @Test
    void aLongNameIsShortenedToAStemThatFitsWithRoomForEverySuffix() {
        String name = "a".repeat(246) + ".csv";
        String stem = ResponseFiles.stem(name);

        assertThat(stem).hasSize(ResponseFiles.MAX_STEM_BYTES).startsWith("aaaa").endsWith(".csv").matches(".*-[0-9a-f]{16}\\.csv");
        assertThat(ResponseFiles.stem(name)).isEqualTo(stem);
        assertThat(ResponseFiles.stem("a".repeat(245) + "b.csv")).isNotEqualTo(stem);
        String longest = "." + stem + "~99999999." + "m".repeat(64) + "~9999999.xml.partial";
        assertThat(longest.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
        assertThat(ResponseFiles.stem("é".repeat(123) + ".csv")).isEqualTo("_".repeat(123) + ".csv");
    }

    @Test
    void aStemTakenByEarlierFilesGetsTheNextNumber() {
        Set<String> taken = Set.of("zz_dec_1.csv", "zz_dec_1.csv~2");

        assertThat(ResponseFiles.firstFree("zz_dec_1.csv", taken::contains)).isEqualTo("zz_dec_1.csv~3");
        assertThat(ResponseFiles.firstFree("other.csv", taken::contains)).isEqualTo("other.csv");
    }

    @Test
    void anotherDeclarationsStoredAnswerIsNeverOverwritten() throws IOException {
        Path existing = write("responses/41710148/x.csv.PX1.csv", "ACCEPTED");
        FileAnswers answers = new FileAnswers(out, "x.csv", path -> true, path -> { });

        assertThatThrownBy(() -> answers.write("responses/41710148/x.csv.PX1.csv", o -> o.write("REJECTED".getBytes())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not overwritten");
        assertThat(Files.readString(existing)).isEqualTo("ACCEPTED");
    }

    @Test
    void anAnswerOfARunThatNeverCommittedIsReplaced() throws IOException {
        Path leftOver = write("responses/41710148/x.csv.PX1.csv", "from a run that stopped");
        FileAnswers answers = new FileAnswers(out, "x.csv", path -> false, path -> { });

        answers.write("responses/41710148/x.csv.PX1.csv", o -> o.write("decided again".getBytes()));

        assertThat(Files.readString(leftOver)).isEqualTo("decided again");
    }

    @Test
    void oneFileNeverWritesTwoAnswersToOnePath() throws IOException {
        FileAnswers answers = new FileAnswers(out, "x.csv", path -> false, path -> { });
        answers.write("responses/41710148/x.csv.PX1.csv", o -> o.write("first".getBytes()));

        assertThatThrownBy(() -> answers.write("responses/41710148/x.csv.PX1.csv", o -> o.write("second".getBytes())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(out.resolve("responses/41710148/x.csv.PX1.csv"))).isEqualTo("first");
    }

    private Path write(String relativePath, String content) throws IOException {
        Path path = out.resolve(relativePath);
        Files.createDirectories(path.getParent());
        return Files.writeString(path, content);
    }
}
