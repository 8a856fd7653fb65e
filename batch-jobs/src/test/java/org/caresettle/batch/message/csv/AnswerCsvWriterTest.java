package org.caresettle.batch.message.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.junit.jupiter.api.Test;

class AnswerCsvWriterTest {

    private final AnswerCsvWriter writer = new AnswerCsvWriter();

    private static RawDeclaration declaration(String messageId) {
        Map<DeclarationColumn, String> header = new EnumMap<>(DeclarationColumn.class);
        header.put(DeclarationColumn.MESSAGE_ID, messageId);
        return new RawDeclaration(RawDeclaration.SourceFormat.CSV, header, List.of(), List.of());
    }

    private String write(RawDeclaration d, DeclarationVerdict v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(d, v, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    }

    @Test
    void oneRowPerLineInFileOrder() throws IOException {
        DeclarationVerdict v = new DeclarationVerdict(List.of(), List.of(), List.of(
                new LineVerdict(2, "R1", true, List.of(), List.of(), 68400),
                new LineVerdict(3, "R2", false, codes("9338", "9321", "9369"), List.of(), 8550),
                new LineVerdict(4, "R3", false, codes("8017"), List.of(), -8550)), 68400, 68400);

        String csv = write(declaration("M1"), v);

        assertThat(csv).isEqualTo("""
                message_id,answer,answer_description,position,reference,status,codes,code_descriptions,rule_names
                M1,0200,Declaratie gedeeltelijk afgewezen,2,R1,ACCEPTED,,,
                M1,0200,Declaratie gedeeltelijk afgewezen,3,R2,REJECTED,9338|9321|9369,Geen toewijzing gevonden|\
                Volume per maand overschreden|Budget van de toewijzing overschreden,\
                NO_ALLOCATION|MONTH_VOLUME_EXCEEDED|BUDGET_EXCEEDED
                M1,0200,Declaratie gedeeltelijk afgewezen,4,R3,REJECTED,8017,Geen debetregel om te crediteren,\
                NO_DEBIT_TO_CREDIT
                """);
    }

    @Test
    void allAcceptedAnswers8001() throws IOException {
        DeclarationVerdict v = new DeclarationVerdict(List.of(), List.of(),
                List.of(new LineVerdict(7, "R1", true, List.of(), List.of(), 100)), 100, 100);
        assertThat(parse(write(declaration("M1"), v)).get(1).get(1)).isEqualTo("8001");
    }

    @Test
    void aWholeRejectionCarriesItsCodesAndRuleNames() throws IOException {
        DeclarationVerdict v = new DeclarationVerdict(codes("0001"), List.of("CS340", "FIELD:volume"), List.of(
                new LineVerdict(2, "R1", false, codes("0001"), List.of("FIELD:volume"), 0),
                new LineVerdict(3, "R2", false, codes("0001"), List.of("TR137"), 0)), 0, 0);

        List<CSVRecord> rows = parse(write(declaration("M1"), v));

        String technical = "Technische fout in het bericht";
        assertThat(rows.get(1).values()).containsExactly("M1", "0001", technical, "2", "R1", "REJECTED", "0001",
                technical, "CS340|FIELD:volume");
        assertThat(rows.get(2).values()).containsExactly("M1", "0001", technical, "3", "R2", "REJECTED", "0001",
                technical, "CS340|FIELD:volume|TR137");
    }

    @Test
    void contentCodesAreJoined() throws IOException {
        DeclarationVerdict v = new DeclarationVerdict(codes("S300", "8848"), List.of(), List.of(
                new LineVerdict(2, "R1", false, codes("S300", "8848"), List.of(), 0)), 0, 0);
        List<CSVRecord> rows = parse(write(declaration("M1"), v));
        assertThat(rows.get(1).get(1)).isEqualTo("S300|8848");
        assertThat(rows.get(1).get(2)).isEqualTo("Gemeente onbekend|Datum ligt na de verwerkingsdatum");
        assertThat(rows.get(1).get(6)).isEqualTo("S300|8848");
        assertThat(rows.get(1).get(8)).isEqualTo("UNKNOWN_MUNICIPALITY|DATE_AFTER_BUSINESS_DATE");
    }

    @Test
    void aDeclarationWithoutLinesStillGetsARow() throws IOException {
        DeclarationVerdict v = new DeclarationVerdict(codes("0001"), List.of("FIELD:lines"), List.of(), 0, 0);
        List<CSVRecord> rows = parse(write(declaration("M1"), v));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).values()).containsExactly("M1", "0001", "Technische fout in het bericht", "", "",
                "REJECTED", "0001", "Technische fout in het bericht", "FIELD:lines");
    }

    @Test
    void formulaCellsAreGuarded() throws IOException {
        DeclarationVerdict v = new DeclarationVerdict(List.of(), List.of(), List.of(
                new LineVerdict(2, "=HYPERLINK(\"x\")", false, codes("9338"), List.of(), 1),
                new LineVerdict(3, "-12", true, List.of(), List.of(), 1)), 2, 1);

        String csv = write(declaration("@M1"), v);
        List<CSVRecord> rows = parse(csv);

        assertThat(rows.get(1).get(0)).isEqualTo("'@M1");
        assertThat(rows.get(1).get(4)).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(csv).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(rows.get(2).get(4)).isEqualTo("-12");
    }

    private static List<ReturnCode> codes(String... written) {
        return Stream.of(written).map(ReturnCode::of).toList();
    }
}
