package org.caresettle.batch.message.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caresettle.batch.csv.CsvCells;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.check.Verdict;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;

/**
 * The CSV answer every declaration gets, whatever its format (SPEC 5): one row per line in file
 * order. {@code answer} is the declaration-level answer ({@code 8001}, {@code 0200} or the failing
 * codes), {@code codes} the line's return codes in the order of SPEC 4.2, {@code rule_names} the
 * technical rules that failed: the declaration's first, then the line's own. Multiple values are
 * joined with {@code |}. No BSN is written.
 *
 * <p>A declaration without lines (an XML message with no Prestatie, rejected as {@code FIELD:lines})
 * still gets one row, with empty position and reference, so the provider sees why.
 */
public final class AnswerCsvWriter {

    public static final List<String> COLUMNS =
            List.of("message_id", "answer", "position", "reference", "status", "codes", "rule_names");

    /** UTF-8 without BOM, comma, {@code \n} line ends, quotes only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator("\n")
            .get();

    public void write(RawDeclaration declaration, DeclarationVerdict verdict, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(COLUMNS);
        String messageId = CsvCells.guard(declaration.get(DeclarationColumn.MESSAGE_ID));
        String answer = CsvCells.guard(ReturnCode.joined(verdict.answerCodes()));
        if (verdict.lines().isEmpty()) {
            printer.printRecord(messageId, answer, "", "", Verdict.REJECTED.name(),
                    CsvCells.guard(ReturnCode.joined(verdict.answerCodes())),
                    CsvCells.guard(String.join("|", verdict.ruleNames())));
        }
        for (LineVerdict line : verdict.lines()) {
            printer.printRecord(
                    messageId,
                    answer,
                    Long.toString(line.position()),
                    CsvCells.guard(line.reference()),
                    line.verdict().name(),
                    CsvCells.guard(ReturnCode.joined(line.codes())),
                    CsvCells.guard(String.join("|", ruleNames(verdict, line))));
        }
        printer.flush();
        writer.flush();
    }

    private static List<String> ruleNames(DeclarationVerdict verdict, LineVerdict line) {
        Set<String> names = new LinkedHashSet<>(verdict.ruleNames());
        names.addAll(line.ruleNames());
        return new ArrayList<>(names);
    }
}
