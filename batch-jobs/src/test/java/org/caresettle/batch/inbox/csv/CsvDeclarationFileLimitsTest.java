package org.caresettle.batch.inbox.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.ALL;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.csv;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.headerLine;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.line;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.row;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.with;
import static org.caresettle.batch.inbox.csv.CsvTestFiles.write;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bounds that keep memory small whatever the file: record length, one declaration at a time, the row budget. */
class CsvDeclarationFileLimitsTest {

    private static final int HUNDRED_MB = 100 * 1024 * 1024;

    @TempDir
    Path folder;

    @Test
    void aHundredMegabyteCellIsRefusedWithoutLandingInMemory() throws IOException {
        Path file = folder.resolve("huge.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(headerLine(ALL, ",") + "\n" + line(row("M1", "R1"), ALL, ",") + "\n");
            out.write("M1,");
            writeRepeated(out, HUNDRED_MB, "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
            out.write("\n");
        }

        assertThat(CsvDeclarationFileTest.refusal(file)).isEqualTo("line 3 is longer than 65536 characters");
    }

    @Test
    void aHugeQuotedCellWithLineBreaksInsideIsRefusedToo() throws IOException {
        Path file = folder.resolve("huge.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(headerLine(ALL, ";") + "\n");
            out.write("M1;\"");
            writeRepeated(out, HUNDRED_MB / 10, "a line of a very long cell; with \"\"quotes\"\" and separators\r\n");
            out.write("\"\n");
        }

        assertThat(CsvDeclarationFileTest.refusal(file)).isEqualTo("line 2 is longer than 65536 characters");
    }

    @Test
    void aRecordUpToTheCapIsReadAndOneBeyondItIsRefused() throws IOException {
        int cap = headerLine(ALL, ",").length() + 10;
        Map<DeclarationColumn, String> longest = row("M1", "");
        longest = with(longest, DeclarationColumn.REFERENCE, "R".repeat(cap - 1 - line(longest, ALL, ",").length()));
        Path fits = write(folder, "fits.csv", csv(List.of(longest)));
        String oneMore = longest.get(DeclarationColumn.REFERENCE) + "R";
        Path tooLong = write(folder, "long.csv", csv(List.of(longest, with(longest, DeclarationColumn.REFERENCE, oneMore))));

        assertThat(CsvDeclarationFiles.open(fits, new CsvLimits(cap, 10))).isInstanceOf(CsvDeclarationFile.Readable.class);
        assertThat(CsvDeclarationFiles.open(tooLong, new CsvLimits(cap, 10)))
                .isEqualTo(new CsvDeclarationFile.Refused("line 3 is longer than " + cap + " characters"));
    }

    @Test
    void contiguousMessagesStreamOneDeclarationAtATimeInOneRead() throws IOException {
        int messages = 3_000;
        int rowsPerMessage = 100;
        Path file = folder.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(headerLine(ALL, ";"));
            out.newLine();
            for (int m = 0; m < messages; m++) {
                Map<DeclarationColumn, String> row = row("M" + m, "");
                for (int r = 0; r < rowsPerMessage; r++) {
                    out.write(line(with(row, DeclarationColumn.REFERENCE, "R" + r), ALL, ";"));
                    out.newLine();
                }
            }
        }

        CsvDeclarationFile.Readable readable = CsvDeclarationFileTest.readable(file);
        assertThat(readable.declarationCount()).isEqualTo(messages);
        assertThat(readable.lineCount()).isEqualTo((long) messages * rowsPerMessage);

        int seen = 0;
        try (DeclarationCursor declarations = readable.declarations()) {
            while (declarations.hasNext()) {
                RawDeclaration declaration = declarations.next();
                assertThat(declaration.get(DeclarationColumn.MESSAGE_ID)).isEqualTo("M" + seen);
                assertThat(declaration.lines()).hasSize(rowsPerMessage);
                assertThat(declaration.lines().get(0).position()).isEqualTo(2L + (long) seen * rowsPerMessage);
                seen++;
                // Lazy: the reader stopped right after this declaration's last row and holds nothing else.
                assertThat(declarations.rowsRead()).isEqualTo((long) seen * rowsPerMessage);
                assertThat(declarations.bufferedRows()).isZero();
            }
            assertThat(declarations.reads()).isEqualTo(1);
        }
        assertThat(seen).isEqualTo(messages);
    }

    @Test
    void interleavedMessagesWithinTheBudgetNeedOneRead() throws IOException {
        List<Map<DeclarationColumn, String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row("M" + (i % 3), "R" + i));
        }
        CsvDeclarationFile.Readable readable = open(write(folder, "in.csv", csv(rows)), 30);

        try (DeclarationCursor declarations = readable.declarations()) {
            List<String> ids = new ArrayList<>();
            declarations.forEachRemaining(d -> ids.add(d.get(DeclarationColumn.MESSAGE_ID)));
            assertThat(ids).containsExactly("M0", "M1", "M2");
            assertThat(declarations.reads()).isEqualTo(1);
        }
    }

    @Test
    void aDeclarationLargerThanTheBudgetIsStillHandedOutWhole() throws IOException {
        List<Map<DeclarationColumn, String>> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(row(i % 4 == 3 ? "B" : "A", "R" + i));
        }
        CsvDeclarationFile.Readable readable = open(write(folder, "in.csv", csv(rows)), 2);

        List<RawDeclaration> declarations = CsvDeclarationFileTest.all(readable);

        assertThat(declarations).extracting(d -> d.lines().size()).containsExactly(9, 3);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anyInterleavingGivesTheSameDeclarationsAsGroupingInMemory(long seed) throws IOException {
        Random random = new Random(seed);
        int messages = 2 + random.nextInt(40);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add("M" + random.nextInt(messages));
        }
        List<Map<DeclarationColumn, String>> rows = new ArrayList<>();
        Map<String, List<Long>> expected = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            rows.add(row(ids.get(i), "R" + i));
            expected.computeIfAbsent(ids.get(i), id -> new ArrayList<>()).add(i + 2L);
        }
        long budget = 1 + random.nextInt(25);
        CsvDeclarationFile.Readable readable = open(write(folder, "in.csv", csv(rows)), budget);
        long largest = expected.values().stream().mapToLong(List::size).max().orElseThrow();

        Map<String, List<Long>> actual = new LinkedHashMap<>();
        try (DeclarationCursor declarations = readable.declarations()) {
            while (declarations.hasNext()) {
                RawDeclaration declaration = declarations.next();
                assertThat(declarations.bufferedRows()).isLessThanOrEqualTo(Math.max(budget, largest));
                for (RawLine line : declaration.lines()) {
                    assertThat(line.get(DeclarationColumn.REFERENCE)).isEqualTo("R" + (line.position() - 2));
                }
                actual.put(declaration.get(DeclarationColumn.MESSAGE_ID),
                        declaration.lines().stream().map(RawLine::position).toList());
            }
        }

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void pathologicalInterleavingCostsExtraReadsNotMemory() throws IOException {
        List<Map<DeclarationColumn, String>> rows = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (int m = 0; m < 10; m++) {
                rows.add(row("M" + m, "R" + round));
            }
        }
        CsvDeclarationFile.Readable readable = open(write(folder, "in.csv", csv(rows)), 10);

        try (DeclarationCursor declarations = readable.declarations()) {
            int seen = 0;
            while (declarations.hasNext()) {
                assertThat(declarations.next().lines()).hasSize(5);
                assertThat(declarations.bufferedRows()).isLessThanOrEqualTo(10);
                seen++;
            }
            assertThat(seen).isEqualTo(10);
            assertThat(declarations.reads()).isEqualTo(5);
        }
    }

    private static CsvDeclarationFile.Readable open(Path file, long rowBudget) throws IOException {
        return (CsvDeclarationFile.Readable) CsvDeclarationFiles.open(file, new CsvLimits(64 * 1024, rowBudget));
    }

    private static void writeRepeated(Writer out, long chars, String chunk) throws IOException {
        char[] block = chunk.toCharArray();
        for (long written = 0; written < chars; written += block.length) {
            out.write(block);
        }
    }

}
