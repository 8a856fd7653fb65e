package org.caresettle.batch.inbox.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.ALL;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.csv;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.headerLine;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.line;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.row;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.with;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CsvDeclarationFileTest {

    @TempDir
    Path folder;

    @Test
    void commaFileGivesOneDeclarationWithItsHeaderAndLinesInFileOrder() throws IOException {
        Path file = write(folder, "in.csv", csv(List.of(row("M1", "R1"), row("M1", "R2"))));

        CsvDeclarationFile.Readable readable = readable(file);
        List<RawDeclaration> declarations = all(readable);

        assertThat(readable.declarationCount()).isEqualTo(1);
        assertThat(readable.lineCount()).isEqualTo(2);
        RawDeclaration declaration = declarations.get(0);
        assertThat(declaration.format()).isEqualTo(RawDeclaration.SourceFormat.CSV);
        assertThat(declaration.formatProblems()).isEmpty();
        assertThat(declaration.header().keySet()).containsExactlyElementsOf(DeclarationColumn.HEADER);
        assertThat(declaration.get(DeclarationColumn.MESSAGE_ID)).isEqualTo("M1");
        assertThat(declaration.get(DeclarationColumn.MUNICIPALITY_CODE)).isEqualTo("0405");
        assertThat(declaration.get(DeclarationColumn.TOTAL_CENTS)).isEqualTo("68400");
        assertThat(declaration.lines()).extracting(RawLine::position).containsExactly(2L, 3L);
        RawLine first = declaration.lines().get(0);
        assertThat(first.fields().keySet()).containsExactlyElementsOf(DeclarationColumn.LINE);
        assertThat(first.get(DeclarationColumn.REFERENCE)).isEqualTo("R1");
        assertThat(first.get(DeclarationColumn.PREVIOUS_REFERENCE)).isEmpty();
        assertThat(first.get(DeclarationColumn.AMOUNT_CENTS)).isEqualTo("68400");
        assertThat(first.get(DeclarationColumn.DC)).isEqualTo("D");
    }

    @Test
    void semicolonFileWithByteOrderMarkAndWindowsLineEndsReadsTheSame() throws IOException {
        String text = "\uFEFF" + headerLine(ALL, ";") + "\r\n"
                + line(row("M1", "R1"), ALL, ";") + "\r\n"
                + line(row("M1", "R2"), ALL, ";") + "\r\n";
        Path file = write(folder, "in.csv", text);

        List<RawDeclaration> declarations = all(readable(file));

        assertThat(declarations).hasSize(1);
        assertThat(declarations.get(0).get(DeclarationColumn.MESSAGE_ID)).isEqualTo("M1");
        assertThat(declarations.get(0).lines()).extracting(RawLine::position).containsExactly(2L, 3L);
        assertThat(declarations.get(0).lines().get(1).get(DeclarationColumn.REFERENCE)).isEqualTo("R2");
    }

    @Test
    void oldMacLineEndsAreLineEndsToo() throws IOException {
        Map<DeclarationColumn, String> quotedFirst = with(row("M1", "R2"), DeclarationColumn.MESSAGE_ID, "\"M1\"");
        String text = headerLine(ALL, ",") + "\r" + line(quotedFirst, ALL, ",") + "\r\r" + line(row("M1", "R3"), ALL, ",");
        Path file = write(folder, "in.csv", text);

        RawDeclaration declaration = all(readable(file)).get(0);

        assertThat(declaration.get(DeclarationColumn.MESSAGE_ID)).isEqualTo("M1");
        assertThat(declaration.lines()).extracting(RawLine::position).containsExactly(2L, 4L);
        assertThat(declaration.formatProblems()).isEmpty();
    }

    @Test
    void separatorIsTheOneTheHeaderLineUsesMoreOften() throws IOException {
        // Commas inside the cells of a semicolon file are data.
        Map<DeclarationColumn, String> row = with(row("M1", "R1"), DeclarationColumn.CODE, "\"45,A01\"");
        Path file = write(folder, "in.csv", headerLine(ALL, ";") + "\n" + line(row, ALL, ";") + "\n");

        RawDeclaration declaration = all(readable(file)).get(0);

        assertThat(declaration.lines().get(0).get(DeclarationColumn.CODE)).isEqualTo("45,A01");
        assertThat(declaration.formatProblems()).isEmpty();
    }

    @Test
    void columnsInAnotherOrderWithSpacesAroundNamesAndCells() throws IOException {
        List<DeclarationColumn> order = new ArrayList<>(ALL);
        Collections.shuffle(order, new Random(7));
        List<String> names = order.stream().map(c -> "  " + c.columnName() + " ").toList();
        List<String> cells = order.stream().map(c -> " " + row("M1", "R1").get(c) + "  ").toList();
        Path file = write(folder, "in.csv", String.join(",", names) + "\n" + String.join(",", cells) + "\n");

        RawDeclaration declaration = all(readable(file)).get(0);

        assertThat(declaration.formatProblems()).isEmpty();
        for (DeclarationColumn column : DeclarationColumn.HEADER) {
            assertThat(declaration.get(column)).isEqualTo(row("M1", "R1").get(column));
        }
        for (DeclarationColumn column : DeclarationColumn.LINE) {
            assertThat(declaration.lines().get(0).get(column)).isEqualTo(row("M1", "R1").get(column));
        }
    }

    @Test
    void interleavedMessagesComeOutInOrderOfFirstAppearanceWithLinesInFileOrder() throws IOException {
        Path file = write(folder, "in.csv", csv(List.of(
                row("M2", "a"), row("M1", "b"), row("M2", "c"), row("M3", "d"), row("M1", "e"), row("M2", "f"))));

        List<RawDeclaration> declarations = all(readable(file));

        assertThat(declarations).extracting(d -> d.get(DeclarationColumn.MESSAGE_ID)).containsExactly("M2", "M1", "M3");
        assertThat(declarations.get(0).lines()).extracting(RawLine::position).containsExactly(2L, 4L, 7L);
        assertThat(declarations.get(0).lines()).extracting(l -> l.get(DeclarationColumn.REFERENCE)).containsExactly("a", "c", "f");
        assertThat(declarations.get(1).lines()).extracting(RawLine::position).containsExactly(3L, 6L);
        assertThat(declarations.get(2).lines()).extracting(RawLine::position).containsExactly(5L);
    }

    @Test
    void emptyLinesAreSkippedAndPositionsStayPhysicalLineNumbers() throws IOException {
        String text = headerLine(ALL, ",") + "\n\n"
                + line(row("M1", "R1"), ALL, ",") + "\n"
                + "   \n"
                + ",,,,,,,,,,,,,,,,,,,,,,,\n"
                + line(row("M1", "R2"), ALL, ",") + "\n\n";
        Path file = write(folder, "in.csv", text);

        CsvDeclarationFile.Readable readable = readable(file);

        assertThat(readable.lineCount()).isEqualTo(2);
        assertThat(all(readable).get(0).lines()).extracting(RawLine::position).containsExactly(3L, 6L);
    }

    @Test
    void aQuotedCellSpanningLinesKeepsTheLineNumbersOfLaterRows() throws IOException {
        Map<DeclarationColumn, String> multiLine = with(row("M1", "R1"), DeclarationColumn.CODE, "\"45\nA01\"");
        Path file = write(folder, "in.csv", csv(List.of(multiLine, row("M1", "R2"))));

        RawDeclaration declaration = all(readable(file)).get(0);

        assertThat(declaration.lines().get(0).get(DeclarationColumn.CODE)).isEqualTo("45\nA01");
        assertThat(declaration.lines()).extracting(RawLine::position).containsExactly(2L, 4L);
    }

    @Test
    void formulaLikeCellsAreReadAsData() throws IOException {
        Map<DeclarationColumn, String> row = with(row("M1", "=HYPERLINK(\"\"http://x\"\")"), DeclarationColumn.CODE, "@SUM(A1)");
        row = with(row, DeclarationColumn.REFERENCE, "\"=HYPERLINK(\"\"http://x\"\")\"");
        Path file = write(folder, "in.csv", csv(List.of(row)));

        RawLine line = all(readable(file)).get(0).lines().get(0);

        assertThat(line.get(DeclarationColumn.REFERENCE)).isEqualTo("=HYPERLINK(\"http://x\")");
        assertThat(line.get(DeclarationColumn.CODE)).isEqualTo("@SUM(A1)");
    }

    static Stream<DeclarationColumn> headerFieldsButTheMessageId() {
        return DeclarationColumn.HEADER.stream().filter(c -> c != DeclarationColumn.MESSAGE_ID);
    }

    @ParameterizedTest
    @MethodSource("headerFieldsButTheMessageId")
    void rowsOfOneMessageThatDisagreeOnAHeaderFieldGiveHeaderMismatch(DeclarationColumn column) throws IOException {
        Path file = write(folder, "in.csv", csv(List.of(
                row("M1", "R1"), row("M2", "R9"), with(row("M1", "R2"), column, "other"))));

        List<RawDeclaration> declarations = all(readable(file));

        assertThat(declarations.get(0).formatProblems()).containsExactly("HEADER_MISMATCH");
        assertThat(declarations.get(0).get(column)).isEqualTo(row("M1", "R1").get(column));
        assertThat(declarations.get(0).lines()).hasSize(2);
        assertThat(declarations.get(1).formatProblems()).isEmpty();
    }

    @Test
    void rowsWithTooFewOrTooManyCellsGiveFieldCountToTheirDeclaration() throws IOException {
        String full = line(row("M1", "R1"), ALL, ",");
        String text = headerLine(ALL, ",") + "\n"
                + full + "\n"
                + line(row("M2", "R2"), ALL, ",") + ",extra\n"
                + line(row("M3", "R3"), ALL, ",") + "\n"
                + full.substring(0, full.lastIndexOf(',')) + "\n";
        Path file = write(folder, "in.csv", text);

        List<RawDeclaration> declarations = all(readable(file));

        assertThat(declarations).extracting(d -> d.get(DeclarationColumn.MESSAGE_ID)).containsExactly("M1", "M2", "M3");
        assertThat(declarations.get(0).formatProblems()).containsExactly("FIELD_COUNT");
        assertThat(declarations.get(0).lines()).hasSize(2);
        assertThat(declarations.get(0).lines().get(1).get(DeclarationColumn.DC)).isEmpty();
        assertThat(declarations.get(1).formatProblems()).containsExactly("FIELD_COUNT");
        assertThat(declarations.get(2).formatProblems()).isEmpty();
    }

    @Test
    void messageIdIsReadFromItsColumnEvenInAShortRow() throws IOException {
        List<DeclarationColumn> idLast = new ArrayList<>(ALL);
        idLast.remove(DeclarationColumn.MESSAGE_ID);
        idLast.add(DeclarationColumn.MESSAGE_ID);
        String shortRow = line(row("M1", "R2"), ALL.subList(0, 5), ",");
        // message_id is the first column: a short row still names its message.
        Path readableFile = write(folder, "a.csv", csv(List.of(row("M1", "R1"))) + shortRow + "\n");
        // message_id is the last column: a short row has none, and the file cannot be grouped.
        Path refusedFile = write(folder, "b.csv",
                headerLine(idLast, ",") + "\n" + line(row("M1", "R1"), idLast, ",") + "\n" + shortRow + "\n");

        assertThat(all(readable(readableFile)).get(0).formatProblems()).containsExactly("FIELD_COUNT");
        assertThat(refusal(refusedFile)).isEqualTo("line 3 has no message_id");
    }

    @Test
    void aRowWithoutMessageIdRefusesTheFileNamingTheLine() throws IOException {
        Path file = write(folder, "in.csv", csv(List.of(
                row("M1", "R1"), row("M1", "R2"), with(row("M1", "R3"), DeclarationColumn.MESSAGE_ID, "  "))));

        assertThat(refusal(file)).isEqualTo("line 4 has no message_id");
    }

    @Test
    void wrongColumnsAreNamed() throws IOException {
        String header = headerLine(ALL, ",").replace("period_end", "period_ende").replace(",total_dc", "");
        Path file = write(folder, "in.csv", header + "\n" + "x\n");

        assertThat(refusal(file)).isEqualTo("wrong columns: missing period_end, total_dc; unexpected period_ende");
    }

    @Test
    void aDuplicatedOrEmptyColumnNameIsWrong() throws IOException {
        Path duplicated = write(folder, "a.csv", headerLine(ALL, ",") + ",bsn\n");
        Path trailingSeparator = write(folder, "b.csv", headerLine(ALL, ";") + ";\n");

        assertThat(refusal(duplicated)).isEqualTo("wrong columns: duplicate bsn");
        assertThat(refusal(trailingSeparator)).isEqualTo("wrong columns: unexpected (empty)");
    }

    @Test
    void aFileWithoutHeaderIsRefusedWithoutEchoingItsCells() throws IOException {
        Path file = write(folder, "in.csv", line(row("M1", "R1"), ALL, ",") + "\n");

        String reason = refusal(file);

        assertThat(reason).startsWith("wrong columns: missing message_id, message_date");
        assertThat(reason).doesNotContain("999999990").doesNotContain("M1");
    }

    @Test
    void aHeaderWithoutRowsIsRefused() throws IOException {
        assertThat(refusal(write(folder, "a.csv", headerLine(ALL, ",")))).isEqualTo("no declaration rows");
        assertThat(refusal(write(folder, "b.csv", headerLine(ALL, ",") + "\n\n\r\n"))).isEqualTo("no declaration rows");
        assertThat(refusal(write(folder, "c.csv", ""))).isEqualTo("empty file");
    }

    @Test
    void binaryContentIsNotATextFile() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        byte[] random = new byte[10_000];
        new Random(42).nextBytes(random);
        byte[] nulInText = (csv(List.of(row("M1", "R1"))) + "M2\0,\n").getBytes(StandardCharsets.UTF_8);

        assertThat(refusal(Files.write(folder.resolve("image.csv"), png))).isEqualTo("not a text file");
        assertThat(refusal(Files.write(folder.resolve("random.csv"), random))).isEqualTo("not a text file");
        assertThat(refusal(Files.write(folder.resolve("nul.csv"), nulInText))).isEqualTo("not a text file");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws IOException {
        String text = csv(List.of(with(row("M1", "R1"), DeclarationColumn.CODE, "caf\u00e9")));
        byte[] latin1 = text.getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16);
        List<Map<DeclarationColumn, String>> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(row("M1", "R" + i));
        }
        many.add(with(row("M1", "late"), DeclarationColumn.CODE, "caf\u00e9"));
        byte[] lateLatin1 = csv(many).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(Files.write(folder.resolve("latin1.csv"), latin1))).isEqualTo("not UTF-8 text");
        assertThat(refusal(Files.write(folder.resolve("utf16.csv"), utf16))).isEqualTo("not UTF-8 text");
        assertThat(refusal(Files.write(folder.resolve("late.csv"), lateLatin1))).isEqualTo("not UTF-8 text");
    }

    @Test
    void unclosedQuoteRefusesTheFile() throws IOException {
        Map<DeclarationColumn, String> row = with(row("M1", "R2"), DeclarationColumn.CODE, "\"45A01");
        Path file = write(folder, "in.csv", csv(List.of(row("M1", "R1"), row)));

        assertThat(refusal(file)).isEqualTo("line 3 is not valid CSV");
    }

    @Test
    void textAfterAClosingQuoteRefusesTheFile() throws IOException {
        Map<DeclarationColumn, String> row = with(row("M1", "R2"), DeclarationColumn.CODE, "\"45\"A01");
        Path file = write(folder, "in.csv", csv(List.of(row("M1", "R1"), row)));

        assertThat(refusal(file)).isEqualTo("line 3 is not valid CSV");
    }

    @Test
    void aFileChangedBetweenOpeningAndReadingFailsLoudly() throws IOException {
        Path file = write(folder, "in.csv", csv(List.of(row("M1", "R1"), row("M2", "R2"))));
        CsvDeclarationFile.Readable readable = readable(file);
        write(folder, "in.csv", csv(List.of(row("M1", "R1"), row("M3", "R2"))));

        try (DeclarationCursor declarations = readable.declarations()) {
            assertThat(declarations.next().get(DeclarationColumn.MESSAGE_ID)).isEqualTo("M1");
            assertThatThrownBy(declarations::next)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("inbox file in.csv changed while it was read");
        }
    }

    @Test
    void declarationsCanBeReadAgainAndByForEach() throws IOException {
        CsvDeclarationFile.Readable readable = readable(write(folder, "in.csv", csv(List.of(row("M1", "R1"), row("M2", "R2")))));
        List<String> ids = new ArrayList<>();

        readable.forEach(d -> ids.add(d.get(DeclarationColumn.MESSAGE_ID)));
        readable.forEach(d -> ids.add(d.get(DeclarationColumn.MESSAGE_ID)));

        assertThat(ids).containsExactly("M1", "M2", "M1", "M2");
    }

    static CsvDeclarationFile.Readable readable(Path file) throws IOException {
        CsvDeclarationFile opened = CsvDeclarationFile.open(file);
        assertThat(opened).isInstanceOf(CsvDeclarationFile.Readable.class);
        return (CsvDeclarationFile.Readable) opened;
    }

    static String refusal(Path file) throws IOException {
        CsvDeclarationFile opened = CsvDeclarationFile.open(file);
        assertThat(opened).isInstanceOf(CsvDeclarationFile.Refused.class);
        return ((CsvDeclarationFile.Refused) opened).reason();
    }

    static List<RawDeclaration> all(CsvDeclarationFile.Readable readable) {
        List<RawDeclaration> declarations = new ArrayList<>();
        readable.forEach(declarations::add);
        return declarations;
    }
}
