package org.caresettle.batch.message.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caresettle.batch.message.xml.Jw323Sample.BSN_A;
import static org.caresettle.batch.message.xml.Jw323Sample.BSN_B;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caresettle.batch.testsupport.IstandaardValidation;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.junit.jupiter.api.Test;

class DeclarationAnswerXmlWriterTest {

    private static final AnswerHeader ANSWER = new AnswerHeader(LocalDate.parse("2026-04-03"),
            AnswerMessageIds.fromSequence(42), new XsdVersion("0.1.0", "0.1.0"));

    private final DeclarationAnswerXmlWriter writer = new DeclarationAnswerXmlWriter();

    private static final Jw323Sample.Line R1 = debit(BSN_A, "R1", "8", "68400");
    private static final Jw323Sample.Line R2 = new Jw323Sample.Line(BSN_A, "R2", "R0", "1001", "45", "45A01",
            "2026-02-01", "2026-02-28", "2", "04", "8550", "17100", "C");
    private static final Jw323Sample.Line R3 = debit(BSN_B, "R3", "1", "8550");
    private static final Jw323Sample.Line R4 = debit(BSN_A, "R4", "2", "17100");

    private static Jw323Sample.Line debit(String bsn, String reference, String volume, String amount) {
        return new Jw323Sample.Line(bsn, reference, null, "1001", "45", "45A01", "2026-03-01", "2026-03-31",
                volume, "04", "8550", amount, "D");
    }

    /** A declaration as any reader would hand it over; lines in the given order (BSNs may alternate, as in CSV). */
    private static RawDeclaration declaration(String law, Jw323Sample.Line... lines) {
        long total = 0;
        List<RawLine> raw = new ArrayList<>();
        long position = 2;
        for (Jw323Sample.Line l : lines) {
            total += ("C".equals(l.dc()) ? -1 : 1) * Long.parseLong(l.amount());
            Map<DeclarationColumn, String> f = new EnumMap<>(DeclarationColumn.class);
            f.put(DeclarationColumn.BSN, l.bsn());
            f.put(DeclarationColumn.REFERENCE, l.reference());
            if (l.previous() != null) {
                f.put(DeclarationColumn.PREVIOUS_REFERENCE, l.previous());
            }
            f.put(DeclarationColumn.ALLOCATION_NUMBER, l.allocation());
            f.put(DeclarationColumn.CATEGORY, l.category());
            f.put(DeclarationColumn.CODE, l.code());
            f.put(DeclarationColumn.PRODUCT_START, l.start());
            f.put(DeclarationColumn.PRODUCT_END, l.end());
            f.put(DeclarationColumn.VOLUME, l.volume());
            f.put(DeclarationColumn.UNIT, l.unit());
            f.put(DeclarationColumn.TARIFF_CENTS, l.tariff());
            f.put(DeclarationColumn.AMOUNT_CENTS, l.amount());
            f.put(DeclarationColumn.DC, l.dc());
            raw.add(new RawLine(position++, f));
        }
        Map<DeclarationColumn, String> h = new EnumMap<>(DeclarationColumn.class);
        h.put(DeclarationColumn.MESSAGE_ID, "MSG-0001");
        h.put(DeclarationColumn.MESSAGE_DATE, "2026-04-02");
        h.put(DeclarationColumn.PROVIDER_AGB, "12345678");
        h.put(DeclarationColumn.MUNICIPALITY_CODE, "0405");
        h.put(DeclarationColumn.LAW, law);
        h.put(DeclarationColumn.DECLARATION_NUMBER, "D2026031");
        h.put(DeclarationColumn.PERIOD_START, "2026-03-01");
        h.put(DeclarationColumn.PERIOD_END, "2026-03-31");
        h.put(DeclarationColumn.DECLARATION_DATE, "2026-04-01");
        h.put(DeclarationColumn.TOTAL_CENTS, Long.toString(Math.abs(total)));
        h.put(DeclarationColumn.TOTAL_DC, total < 0 ? "C" : "D");
        return new RawDeclaration(RawDeclaration.SourceFormat.XML, h, raw, List.of());
    }

    private static long signedTotal(RawDeclaration d) {
        long total = Long.parseLong(d.get(DeclarationColumn.TOTAL_CENTS));
        return "C".equals(d.get(DeclarationColumn.TOTAL_DC)) ? -total : total;
    }

    private static long signedAmount(RawLine line) {
        long amount = Long.parseLong(line.get(DeclarationColumn.AMOUNT_CENTS));
        return "C".equals(line.get(DeclarationColumn.DC)) ? -amount : amount;
    }

    /** Line verdicts from the codes per line (no codes = accepted), with the awarded total of SPEC 5. */
    private static DeclarationVerdict lineVerdict(RawDeclaration d, List<List<String>> codes) {
        List<LineVerdict> lines = new ArrayList<>();
        long rejected = 0;
        for (int i = 0; i < d.lines().size(); i++) {
            RawLine line = d.lines().get(i);
            boolean accepted = codes.get(i).isEmpty();
            if (!accepted) {
                rejected += signedAmount(line);
            }
            lines.add(new LineVerdict(line.position(), line.get(DeclarationColumn.REFERENCE), accepted,
                    returnCodes(codes.get(i)), List.of(), signedAmount(line)));
        }
        long submitted = signedTotal(d);
        return new DeclarationVerdict(List.of(), List.of(), lines, submitted, submitted - rejected);
    }

    private static DeclarationVerdict wholeRejected(RawDeclaration d, List<String> writtenCodes,
            List<String> ruleNames) {
        List<ReturnCode> declarationCodes = returnCodes(writtenCodes);
        List<LineVerdict> lines = new ArrayList<>();
        for (RawLine line : d.lines()) {
            lines.add(new LineVerdict(line.position(), line.get(DeclarationColumn.REFERENCE), false, declarationCodes,
                    ruleNames, 0));
        }
        return new DeclarationVerdict(declarationCodes, ruleNames, lines, 0, 0);
    }

    private static List<ReturnCode> returnCodes(List<String> written) {
        return written.stream().map(ReturnCode::of).toList();
    }

    private byte[] write(RawDeclaration d, DeclarationVerdict v) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(d, v, ANSWER, out);
        return out.toByteArray();
    }

    private static void assertValidJw325(byte[] xml) {
        assertThat(IstandaardValidation.xsdErrors(xml, IstandaardValidation.JW325_XSD)).as(text(xml)).isEmpty();
        assertThat(IstandaardValidation.ruleViolations(xml)).as(text(xml)).isEmpty();
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }

    /** Texts of every element with this local name, in document order. */
    private static List<String> all(byte[] xml, String element) {
        Matcher m = Pattern.compile("<(?:\\w+:)?" + element + ">([^<]*)</").matcher(text(xml));
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The RetourCodes block directly after the given element's last child, as text. */
    private static String block(byte[] xml, String element) {
        String s = text(xml);
        int start = s.indexOf("<" + element + ">");
        int end = s.indexOf("</" + element + ">", start);
        return s.substring(start, end);
    }

    @Test
    void allAccepted() throws IOException {
        RawDeclaration d = declaration("JW", R1, R2, R3);
        byte[] xml = write(d, lineVerdict(d, List.of(List.of(), List.of(), List.of())));

        assertValidJw325(xml);
        assertThat(all(xml, "BerichtCode")).containsExactly("491");
        assertThat(all(xml, "RetourCode")).containsExactly("8001", "8001");
        assertThat(text(xml)).doesNotContain("<Clienten>").doesNotContain(BSN_A);
        assertThat(all(xml, "TotaalBedrag")).containsExactly("59850", "59850");
        assertThat(all(xml, "Afzender")).containsExactly("0405");
        assertThat(all(xml, "Ontvanger")).containsExactly("12345678");
        assertThat(all(xml, "Identificatie")).containsExactly("A00000000042", "MSG-0001");
        assertThat(all(xml, "Dagtekening")).containsExactly("2026-04-03", "2026-04-02");
        assertThat(text(xml)).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void someLinesRejectedAreListedPerClientWithTheirCodes() throws IOException {
        RawDeclaration d = declaration("JW", R1, R2, R3, R4);
        DeclarationVerdict v = lineVerdict(d,
                List.of(List.of("9338"), List.of(), List.of("9307", "9321", "9369"), List.of("8021", "9389")));
        byte[] xml = write(d, v);

        assertValidJw325(xml);
        assertThat(all(xml, "Bsn")).as("one Client per BSN, first appearance first").containsExactly(BSN_A, BSN_B);
        assertThat(all(xml, "ReferentieNummer")).containsExactly("R1", "R4", "R3");
        assertThat(all(xml, "RetourCode")).containsExactly(
                "0200", // header
                "9338", "8021", "9389", "0200", // client A: R1, R4, client
                "9307", "9321", "9369", "0200", // client B: R3, client
                "0200"); // declaration
        // submitted 68400 - 17100 + 8550 + 17100 = 76950; rejected 68400 + 8550 + 17100: awarded -17100
        assertThat(all(xml, "TotaalBedrag")).containsExactly("76950", "17100");
        assertThat(block(xml, "TotaalToegekendBedrag")).contains(">C<");
    }

    @Test
    void aRejectedCreditRaisesTheAwardedTotal() throws IOException {
        RawDeclaration d = declaration("JW", R1, R2, R3);
        byte[] xml = write(d, lineVerdict(d, List.of(List.of(), List.of("8017"), List.of())));

        assertValidJw325(xml);
        assertThat(all(xml, "TotaalBedrag")).containsExactly("59850", "76950");
        assertThat(all(xml, "VorigReferentieNummer")).containsExactly("R0");
        assertThat(all(xml, "DebetCredit")).containsExactly("D", "D", "C");
    }

    @Test
    void aCreditTotalKeepsItsSign() throws IOException {
        Jw323Sample.Line c1 = R2;
        Jw323Sample.Line c2 = new Jw323Sample.Line(BSN_B, "R5", "R00", "1001", "45", "45A01", "2026-02-01",
                "2026-02-28", "1", "04", "8550", "8550", "C");
        RawDeclaration d = declaration("JW", c1, c2);
        byte[] xml = write(d, lineVerdict(d, List.of(List.of(), List.of("9390"))));

        assertValidJw325(xml);
        assertThat(all(xml, "TotaalBedrag")).containsExactly("25650", "17100");
        assertThat(block(xml, "TotaalIngediendBedrag")).contains(">C<");
        assertThat(block(xml, "TotaalToegekendBedrag")).contains(">C<");
    }

    @Test
    void everyLineRejectedByLineChecksIs0200WithZeroAwarded() throws IOException {
        RawDeclaration d = declaration("JW", R1, R3);
        byte[] xml = write(d, lineVerdict(d, List.of(List.of("9338"), List.of("0611"))));

        assertValidJw325(xml);
        assertThat(all(xml, "TotaalBedrag")).containsExactly("76950", "0");
        assertThat(all(xml, "RetourCode")).containsExactly("0200", "9338", "0200", "0611", "0200", "0200");
    }

    @Test
    void technicallyRejectedWholeListsNoLines() throws IOException {
        Jw323Sample.Line bad = new Jw323Sample.Line(BSN_A, "R1", null, "1001", "45", "45A01", "2026-03-01",
                "2026-03-31", "acht", "04", "8550", "68400", "D");
        RawDeclaration d = declaration("JW", bad, R3);
        byte[] xml = write(d, wholeRejected(d, List.of("0001"), List.of("FIELD:volume")));

        assertValidJw325(xml);
        assertThat(all(xml, "RetourCode")).containsExactly("0001", "0001");
        assertThat(all(xml, "TotaalBedrag")).containsExactly("76950", "0");
        assertThat(text(xml)).doesNotContain("<Clienten>").doesNotContain("acht");
    }

    @Test
    void contentRejectedWholeListsTheFailingCodes() throws IOException {
        RawDeclaration d = declaration("JW", R1, R3);
        byte[] xml = write(d, wholeRejected(d, List.of("9333", "9056"), List.of()));

        assertValidJw325(xml);
        assertThat(all(xml, "RetourCode")).containsExactly("0200", "9333", "9056");
        assertThat(all(xml, "TotaalBedrag")).containsExactly("76950", "0");
    }

    @Test
    void theStylesheetCatchesAWrongAwardedTotal() throws IOException {
        RawDeclaration d = declaration("JW", R1, R2, R3);
        DeclarationVerdict right = lineVerdict(d, List.of(List.of("9338"), List.of(), List.of()));
        DeclarationVerdict wrong = new DeclarationVerdict(right.declarationCodes(), right.ruleNames(), right.lines(),
                right.submittedTotalCents(), right.awardedTotalCents() + 1);
        byte[] xml = write(d, wrong);

        assertThat(IstandaardValidation.xsdErrors(xml, IstandaardValidation.JW325_XSD)).isEmpty();
        assertThat(IstandaardValidation.ruleViolations(xml)).containsExactly("TR342");
    }

    @Test
    void theXsdCatchesABrokenMessage() throws IOException {
        RawDeclaration d = declaration("JW", R1);
        byte[] xml = write(d, lineVerdict(d, List.of(List.of())));
        byte[] broken = text(xml).replace("<BerichtCode>491<", "<BerichtCode>490<").getBytes(StandardCharsets.UTF_8);
        assertThat(IstandaardValidation.xsdErrors(broken, IstandaardValidation.JW325_XSD)).isNotEmpty();
    }

    @Test
    void sameInputSameBytes() throws IOException {
        RawDeclaration d = declaration("JW", R1, R2, R3, R4);
        DeclarationVerdict v = lineVerdict(d, List.of(List.of("9338"), List.of(), List.of("9307"), List.of()));
        assertThat(write(d, v)).isEqualTo(write(declaration("JW", R1, R2, R3, R4), v));
    }

    @Test
    void wmo325HasItsOwnNamespaceAndCodeAndTheJw325Structure() throws IOException {
        RawDeclaration d = declaration("WMO", R1, R3);
        byte[] xml = write(d, lineVerdict(d, List.of(List.of("9341"), List.of())));

        String s = text(xml);
        assertThat(s).contains("xmlns=\"http://www.istandaarden.nl/iwmo/3_2/wmo325/schema\"")
                .contains("http://www.istandaarden.nl/iwmo/3_2/basisschema/schema")
                .doesNotContain("/ijw/");
        assertThat(all(xml, "BerichtCode")).containsExactly("485");

        // no iWmo XSD here: the same message in iJw namespaces must be a valid JW325
        byte[] asJw = s.replace(MessageStandard.IWMO.answerNamespace(), MessageStandard.IJW.answerNamespace())
                .replace(MessageStandard.IWMO.baseNamespace(), MessageStandard.IJW.baseNamespace())
                .replace("<BerichtCode>485<", "<BerichtCode>491<")
                .getBytes(StandardCharsets.UTF_8);
        assertValidJw325(asJw);
    }

    @Test
    void aMalformedEchoedFieldMeansNoXmlAnswer() {
        RawDeclaration good = declaration("JW", R1);
        Map<DeclarationColumn, String> header = new EnumMap<>(good.header());
        header.put(DeclarationColumn.PROVIDER_AGB, "12AB");
        header.put(DeclarationColumn.MESSAGE_DATE, "2026-02-30");
        RawDeclaration d = new RawDeclaration(good.format(), header, good.lines(), List.of());
        DeclarationVerdict v = wholeRejected(d, List.of("0001"), List.of("FIELD:provider_agb"));

        assertThat(writer.unanswerableReason(d, v)).hasValue(
                "cannot write an answer message: malformed provider_agb, message_date");
        assertThatThrownBy(() -> write(d, v)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReasonNeverQuotesABsn() {
        Jw323Sample.Line badBsn = debit("99990001", "R1", "8", "68400");
        RawDeclaration d = declaration("JW", badBsn);
        DeclarationVerdict v = lineVerdict(d, List.of(List.of("8187")));
        assertThat(writer.unanswerableReason(d, v)).hasValueSatisfying(
                reason -> assertThat(reason).contains("bsn").doesNotContain("99990001"));
    }

    @Test
    void aVerdictThatDoesNotFitTheDeclarationIsRefused() {
        RawDeclaration d = declaration("JW", R1, R3);
        DeclarationVerdict v = lineVerdict(declaration("JW", R1), List.of(List.of("9338")));
        assertThat(writer.unanswerableReason(d, v)).isPresent();
    }

    @Test
    void aReadJw323IsAnsweredWithAValidJw325() throws IOException {
        byte[] jw323 = Jw323Sample.jw().line(R1).line(R2).line(R3).bytes();
        ReadResult.Declaration read = (ReadResult.Declaration) new DeclarationXmlReader()
                .read(new java.io.ByteArrayInputStream(jw323));
        RawDeclaration d = read.declaration();
        AnswerHeader answer = new AnswerHeader(LocalDate.parse("2026-04-03"), AnswerMessageIds.fromKey("f|MSG-0001"),
                read.header().xsdVersion());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(d, lineVerdict(d, List.of(List.of("9338"), List.of(), List.of("9341", "0611"))), answer, out);

        assertValidJw325(out.toByteArray());
        assertThat(all(out.toByteArray(), "ReferentieNummer")).containsExactly("R1", "R3");
    }

    @Test
    void answerIdsAreShortAndDeterministic() {
        assertThat(AnswerMessageIds.fromSequence(0)).isEqualTo("A00000000000");
        assertThat(AnswerMessageIds.fromKey("abc|MSG-1")).hasSize(12).isEqualTo(AnswerMessageIds.fromKey("abc|MSG-1"))
                .isNotEqualTo(AnswerMessageIds.fromKey("abc|MSG-2"));
        assertThatThrownBy(() -> new AnswerHeader(LocalDate.now(), "A234567890123"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
