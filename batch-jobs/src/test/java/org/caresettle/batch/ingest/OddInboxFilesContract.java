package org.caresettle.batch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.caresettle.batch.testsupport.CliRun;
import org.caresettle.batch.testsupport.Queries;
import org.caresettle.batch.testsupport.SampleData;
import org.caresettle.schema.testsupport.SlowTest;
import org.caresettle.schema.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inbox files with odd names and links (issue 11, faults 1, 4 and 10): every declaration keeps its
 * own answer, a name at the file system's limit is answered and stops nothing, a link is refused.
 * Runs on each database through a subclass.
 */
@SlowTest
abstract class OddInboxFilesContract {

    private static final String AS_OF = "2026-04-10";
    private static final String PROVIDER = "12345678";

    @TempDir
    Path temp;

    private Path inbox;
    private String header;
    private String row;

    abstract TestDatabase database();

    /** The spec example's reference data and an empty inbox; one accepted row to build declarations from. */
    @BeforeEach
    void emptyInbox() throws IOException {
        Path data = SampleData.copy(SampleData.SPEC_EXAMPLE, temp.resolve("data"));
        inbox = data.resolve("inbox");
        Path good = inbox.resolve("2026-03-03_12345678_1.csv");
        List<String> lines = Files.readAllLines(good);
        header = lines.get(0);
        row = lines.get(1);
        try (var files = Files.list(inbox)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void twoFilesWhoseNamesCleanAlikeKeepOneAnswerEach() throws IOException {
        declarations("zz dec 1.csv", declaration("PX1", "D1", "R1"));
        declarations("zz_dec_1.csv", declaration("PX1", "D2", "R2"));

        CliRun run = ingest();

        assertThat(run.exitStatus()).as(run.err()).isZero();
        Path answers = temp.resolve("out/responses").resolve(PROVIDER);
        assertThat(Files.readString(answers.resolve("zz_dec_1.csv.PX1.csv"))).contains("ACCEPTED").doesNotContain("9056");
        assertThat(Files.readString(answers.resolve("zz_dec_1.csv~2.PX1.csv"))).contains("REJECTED", "9056");
        assertThat(answerFiles()).hasSize(2);
    }

    @Test
    void twoMessagesOfOneFileWhoseIdsCleanAlikeKeepOneAnswerEach() throws IOException {
        declarations("qx.csv", declaration("QX 1", "D1", "R1"), declaration("QX_1", "D2", "R2"));

        CliRun run = ingest();

        assertThat(run.exitStatus()).as(run.err()).isZero();
        Path answers = temp.resolve("out/responses").resolve(PROVIDER);
        assertThat(Files.readString(answers.resolve("qx.csv.QX_1.csv"))).contains("\nQX 1,");
        assertThat(Files.readString(answers.resolve("qx.csv.QX_1~2.csv"))).contains("\nQX_1,");
        assertThat(answerFiles()).hasSize(2);
    }

    @Test
    void aFileNameAtTheFileSystemsLimitIsAnsweredUnderAShortenedNameAndStopsNothing() throws IOException {
        String longName = "a".repeat(246) + ".csv";
        assertThat(longName.getBytes(StandardCharsets.UTF_8)).hasSize(250);
        declarations(longName, declaration("PX1", "D1", "R1"));
        declarations("b later.csv", declaration("PX2", "D2", "R2"));
        TestDatabase database = database();

        CliRun run = CliRun.run(database, "ingest", "--data", inbox.getParent().toString(), "--out",
                temp.resolve("out").toString(), "--as-of", AS_OF);

        assertThat(run.exitStatus()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 new files (2 ingested");
        List<Path> answers = answerFiles();
        assertThat(answers).hasSize(2);
        Path shortened = answers.stream().filter(p -> p.getFileName().toString().startsWith("aaaa")).findFirst()
                .orElseThrow();
        assertThat(shortened.getFileName().toString()).matches("a+-[0-9a-f]{16}\\.csv\\.PX1\\.csv");
        assertThat(Files.readString(shortened)).contains("ACCEPTED");
        assertThat(Queries.count(database, "select count(*) from inbox_file where outcome = 'INGESTED'")).isEqualTo(2);

        CliRun again = CliRun.run(database, "ingest", "--data", inbox.getParent().toString(), "--out",
                temp.resolve("out").toString(), "--as-of", AS_OF);
        assertThat(again.exitStatus()).as(again.err()).isZero();
        assertThat(again.out()).contains("inbox: 0 new files");
    }

    @Test
    void aSymbolicLinkIsRefusedWithItsReasonAndNotFollowed() throws IOException {
        Path outside = declarations("../outside.csv", declaration("PX9", "D9", "R9"));
        Files.createSymbolicLink(inbox.resolve("link.csv"), outside);
        Files.createSymbolicLink(inbox.resolve("link2.csv"), outside);
        declarations("m later.csv", declaration("PX2", "D2", "R2"));
        TestDatabase database = database();

        CliRun run = CliRun.run(database, "ingest", "--data", inbox.getParent().toString(), "--out",
                temp.resolve("out").toString(), "--as-of", AS_OF);

        assertThat(run.exitStatus()).as(run.err()).isZero();
        String link = Files.readString(temp.resolve("out/files.csv")).lines()
                .filter(line -> line.startsWith("link.csv,")).findFirst().orElseThrow();
        assertThat(link).contains(",REJECTED,", "symbolic link");
        String secondLink = Files.readString(temp.resolve("out/files.csv")).lines()
                .filter(line -> line.startsWith("link2.csv,")).findFirst().orElseThrow();
        assertThat(secondLink).as("a link of its own, not a duplicate of the first").contains(",REJECTED,", "symbolic link");
        assertThat(Queries.count(database, "select count(*) from declaration where message_id = 'PX9'")).isZero();
        assertThat(Queries.count(database, "select count(*) from declaration where message_id = 'PX2'")).isEqualTo(1);
        assertThat(answerFiles()).hasSize(1);
    }

    private CliRun ingest() {
        return CliRun.run(database(), "ingest", "--data", inbox.getParent().toString(), "--out",
                temp.resolve("out").toString(), "--as-of", AS_OF);
    }

    /** The example row as another declaration: own message id, declaration number and reference. */
    private String declaration(String messageId, String number, String reference) {
        String[] cells = row.split(",", -1);
        cells[0] = messageId;
        cells[5] = number;
        cells[12] = reference;
        return String.join(",", cells);
    }

    private Path declarations(String fileName, String... rows) throws IOException {
        return Files.writeString(inbox.resolve(fileName), header + "\n" + String.join("\n", rows) + "\n");
    }

    private List<Path> answerFiles() throws IOException {
        return InboxIngestContract.files(temp.resolve("out/responses"), ".csv");
    }
}
