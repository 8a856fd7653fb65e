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
 * codes), {@code codes} the line's return codes in the order of SPEC 4.2; beside each,
 * {@code answer_description} and {@code code_descriptions} give the codes' Dutch descriptions in the
 * same order ({@link ReturnCodeDescriptions}, issue 15). {@code rule_names} names every rule that rejected the
 * line: the technical rules that failed (the declaration's first, then the line's own), then the
 * rule behind each other return code by its name in the engine ({@code NO_ALLOCATION} for
 * {@code 9338}); empty for an accepted line. Multiple values are joined with {@code |}. No BSN is
 * written.
 *
 * <p>A declaration without lines (an XML message with no Prestatie, rejected as {@code FIELD:lines})
 * still gets one row, with empty position and reference, so the provider sees why.
 */
public final class AnswerCsvWriter {

    public static final List<String> COLUMNS =
            List.of("message_id", "answer", "answer_description", "position", "reference", "status", "codes",
                    "code_descriptions", "rule_names");

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
        String answerDescription = CsvCells.guard(ReturnCodeDescriptions.joined(verdict.answerCodes()));
        if (verdict.lines().isEmpty()) {
            printer.printRecord(messageId, answer, answerDescription, "", "", Verdict.REJECTED.name(), answer,
                    answerDescription, CsvCells.guard(String.join("|", verdict.ruleNames())));
        }
        for (LineVerdict line : verdict.lines()) {
            printer.printRecord(
                    messageId,
                    answer,
                    answerDescription,
                    Long.toString(line.position()),
                    CsvCells.guard(line.reference()),
                    line.verdict().name(),
                    CsvCells.guard(ReturnCode.joined(line.codes())),
                    CsvCells.guard(ReturnCodeDescriptions.joined(line.codes())),
                    CsvCells.guard(String.join("|", ruleNames(verdict, line))));
        }
        printer.flush();
        writer.flush();
    }

    private static List<String> ruleNames(DeclarationVerdict verdict, LineVerdict line) {
        Set<String> names = new LinkedHashSet<>(verdict.ruleNames());
        names.addAll(line.ruleNames());
        for (ReturnCode code : line.codes()) {
            if (code != ReturnCode.TECHNICAL) {
                // 0001 is named by the technical rules above; every other code is one rule of SPEC 4.
                names.add(code.name());
            }
        }
        return new ArrayList<>(names);
    }
}
