package org.caresettle.batch.message.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caresettle.batch.message.xml.Jw323Sample.BSN_A;
import static org.caresettle.batch.message.xml.Jw323Sample.BSN_B;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.caresettle.batch.testsupport.IstandaardValidation;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DeclarationXmlReaderTest {

    private final DeclarationXmlReader reader = new DeclarationXmlReader();

    private static Jw323Sample threeLines() {
        return Jw323Sample.jw()
                .debit(BSN_A, "R1", "8", "68400")
                .credit(BSN_A, "R2", "R0", "2", "17100")
                .debit(BSN_B, "R3", "1", "8550");
    }

    private RawDeclaration declaration(byte[] xml) {
        return declaration(new ByteArrayInputStream(xml));
    }

    private RawDeclaration declaration(InputStream in) {
        ReadResult result = reader.read(in);
        assertThat(result).isInstanceOf(ReadResult.Declaration.class);
        return ((ReadResult.Declaration) result).declaration();
    }

    private String refusal(byte[] xml) {
        return refusal(new ByteArrayInputStream(xml));
    }

    private String refusal(InputStream in) {
        ReadResult result = reader.read(in);
        assertThat(result).isInstanceOf(Refused.class);
        return ((Refused) result).reason();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void sampleIsAValidJw323() {
        byte[] xml = threeLines().bytes();
        assertThat(IstandaardValidation.xsdErrors(xml, IstandaardValidation.JW323_XSD)).isEmpty();
        assertThat(IstandaardValidation.ruleViolations(xml)).isEmpty();
    }

    @Test
    void readsHeaderAndLinesInDocumentOrder() {
        RawDeclaration d = declaration(threeLines().bytes());

        assertThat(d.format()).isEqualTo(RawDeclaration.SourceFormat.XML);
        assertThat(d.formatProblems()).isEmpty();
        assertThat(d.get(DeclarationColumn.PROVIDER_AGB)).isEqualTo("12345678");
        assertThat(d.get(DeclarationColumn.MUNICIPALITY_CODE)).isEqualTo("0405");
        assertThat(d.get(DeclarationColumn.MESSAGE_ID)).isEqualTo("MSG-0001");
        assertThat(d.get(DeclarationColumn.MESSAGE_DATE)).isEqualTo("2026-04-02");
        assertThat(d.get(DeclarationColumn.LAW)).isEqualTo("JW");
        assertThat(d.get(DeclarationColumn.DECLARATION_NUMBER)).isEqualTo("D2026031");
        assertThat(d.get(DeclarationColumn.PERIOD_START)).isEqualTo("2026-03-01");
        assertThat(d.get(DeclarationColumn.PERIOD_END)).isEqualTo("2026-03-31");
        assertThat(d.get(DeclarationColumn.DECLARATION_DATE)).isEqualTo("2026-04-01");
        assertThat(d.get(DeclarationColumn.TOTAL_CENTS)).as("trimmed").isEqualTo("59850");
        assertThat(d.get(DeclarationColumn.TOTAL_DC)).isEqualTo("D");

        assertThat(d.lines()).extracting(RawLine::position).containsExactly(12L, 13L, 16L);
        assertThat(d.lines()).extracting(l -> l.get(DeclarationColumn.REFERENCE)).containsExactly("R1", "R2", "R3");
        assertThat(d.lines()).extracting(l -> l.get(DeclarationColumn.BSN)).containsExactly(BSN_A, BSN_A, BSN_B);

        RawLine credit = d.lines().get(1);
        assertThat(credit.get(DeclarationColumn.PREVIOUS_REFERENCE)).isEqualTo("R0");
        assertThat(credit.get(DeclarationColumn.ALLOCATION_NUMBER)).isEqualTo("1001");
        assertThat(credit.get(DeclarationColumn.CATEGORY)).isEqualTo("45");
        assertThat(credit.get(DeclarationColumn.CODE)).isEqualTo("45A01");
        assertThat(credit.get(DeclarationColumn.PRODUCT_START)).isEqualTo("2026-02-01");
        assertThat(credit.get(DeclarationColumn.PRODUCT_END)).isEqualTo("2026-02-28");
        assertThat(credit.get(DeclarationColumn.VOLUME)).isEqualTo("2");
        assertThat(credit.get(DeclarationColumn.UNIT)).isEqualTo("04");
        assertThat(credit.get(DeclarationColumn.TARIFF_CENTS)).isEqualTo("8550");
        assertThat(credit.get(DeclarationColumn.AMOUNT_CENTS)).isEqualTo("17100");
        assertThat(credit.get(DeclarationColumn.DC)).isEqualTo("C");
        assertThat(d.lines().get(0).get(DeclarationColumn.PREVIOUS_REFERENCE)).isNull();

        ReadResult.Declaration result = (ReadResult.Declaration) reader.read(new ByteArrayInputStream(threeLines().bytes()));
        assertThat(result.header().xsdVersion()).isEqualTo(new XsdVersion("0.1.0", "0.1.0"));
        assertThat(result.header().standard()).isEqualTo(MessageStandard.IJW);
    }

    @Test
    void wmoNamespaceMeansLawWmo() {
        RawDeclaration d = declaration(Jw323Sample.wmo().debit(BSN_A, "W1", "3", "25650").bytes());
        assertThat(d.get(DeclarationColumn.LAW)).isEqualTo("WMO");
        assertThat(d.lines()).hasSize(1);
    }

    @Test
    void streamsTheHeaderFirstThenEveryLine() {
        List<String> events = new ArrayList<>();
        StreamResult result = reader.stream(new ByteArrayInputStream(threeLines().bytes()),
                new DeclarationXmlReader.Handler() {
                    @Override
                    public void header(MessageHeader header) {
                        events.add("header " + header.get(DeclarationColumn.TOTAL_CENTS));
                    }

                    @Override
                    public void line(RawLine line) {
                        events.add("line " + line.get(DeclarationColumn.REFERENCE));
                    }
                });
        assertThat(events).containsExactly("header 59850", "line R1", "line R2", "line R3");
        assertThat(result).isInstanceOf(StreamResult.Completed.class);
        assertThat(((StreamResult.Completed) result).lineCount()).isEqualTo(3);
    }

    @Test
    void aMessageWithoutLinesIsReadWithoutLines() {
        String xml = threeLines().xml().replaceAll("(?s)<Clienten>.*</Clienten>", "");
        RawDeclaration d = declaration(utf8(xml));
        assertThat(d.lines()).isEmpty();
        assertThat(d.get(DeclarationColumn.DECLARATION_NUMBER)).isEqualTo("D2026031");
    }

    @Test
    void doctypeWithExternalEntityIsRefusedWithoutFetching() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(300);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht SYSTEM \"" + url + "\" [\n"
                    + "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n<!ENTITY remote SYSTEM \"" + url + "\">]>\n"
                    + threeLines().xml().substring(threeLines().xml().indexOf("<Bericht"))
                            .replace("MSG-0001", "&xxe;&remote;");

            assertThat(refusal(utf8(xml))).isEqualTo("DOCTYPE not allowed");
            assertThat(connectionAttempted(server)).as("no external fetch").isFalse();
        }
    }

    private static boolean connectionAttempted(ServerSocket server) throws IOException {
        try (Socket ignored = server.accept()) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    @Test
    void entityExpansionBombIsRefused() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Bericht [\n<!ENTITY l0 \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            xml.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<Bericht xmlns=\"").append(MessageStandard.IJW.declarationNamespace())
                .append("\"><Header><Afzender>&l10;</Afzender></Header></Bericht>");
        assertThat(refusal(utf8(xml.toString()))).isEqualTo("DOCTYPE not allowed");
    }

    @Test
    void anEntityReferenceWithoutDoctypeIsRefused() {
        String xml = threeLines().xml().replace("MSG-0001", "&xxe;");
        assertThat(refusal(utf8(xml))).startsWith("not well-formed XML at line 4");
    }

    @Test
    @Timeout(120)
    void aHundredMegabyteFieldIsCappedNotLoaded() {
        String xml = threeLines().xml();
        int cut = xml.indexOf("R2</b:ReferentieNummer>");
        InputStream in = new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(utf8(xml.substring(0, cut))),
                new RepeatingInputStream((byte) 'x', 100L * 1024 * 1024)),
                new ByteArrayInputStream(utf8(xml.substring(cut))));

        RawDeclaration d = declaration(in);

        assertThat(d.lines()).hasSize(3);
        assertThat(d.lines().get(1).get(DeclarationColumn.REFERENCE)).isEqualTo(DeclarationXmlReader.MALFORMED_MARKER);
        assertThat(d.formatProblems()).containsExactly("FIELD:reference");
        assertThat(d.lines().get(2).get(DeclarationColumn.REFERENCE)).isEqualTo("R3");
    }

    @Test
    void aCdataFieldIsCappedLikeText() {
        String xml = threeLines().xml().replace(">R2<", "><![CDATA[" + "x".repeat(100_000) + "]]><");
        RawDeclaration d = declaration(utf8(xml));
        assertThat(d.lines().get(1).get(DeclarationColumn.REFERENCE)).isEqualTo(DeclarationXmlReader.MALFORMED_MARKER);
        assertThat(d.formatProblems()).containsExactly("FIELD:reference");

        xml = threeLines().xml().replace(">R2<", "><![CDATA[R]]>2<");
        assertThat(declaration(utf8(xml)).lines().get(1).get(DeclarationColumn.REFERENCE)).isEqualTo("R2");
    }

    @Test
    void markupThatLooksLikeAnEndIsNot() {
        String xml = threeLines().xml()
                .replace("<Clienten>", "<!-- a > b - c --><?pi a > b?><Clienten a=\"x>y\">")
                .replace(">R2<", "><![CDATA[R>]]>2<");
        assertThat(declaration(utf8(xml)).lines().get(1).get(DeclarationColumn.REFERENCE)).isEqualTo("R>2");
    }

    @Test
    @Timeout(120)
    void aHundredMegabyteCdataFieldIsRefused() {
        String xml = threeLines().xml();
        int cut = xml.indexOf("R2</b:ReferentieNummer>");
        InputStream in = new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(utf8(xml.substring(0, cut) + "<![CDATA[")),
                new RepeatingInputStream((byte) 'x', 100L * 1024 * 1024)),
                new ByteArrayInputStream(utf8("]]>" + xml.substring(cut))));

        assertThat(refusal(in)).isEqualTo("CDATA section longer than 1048576 characters at line 13");
    }

    @Test
    @Timeout(120)
    void aHundredMegabyteCommentIsRefused() {
        String xml = threeLines().xml();
        int cut = xml.indexOf("<Clienten>");
        InputStream in = new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(utf8(xml.substring(0, cut) + "<!--")),
                new RepeatingInputStream((byte) 'x', 100L * 1024 * 1024)),
                new ByteArrayInputStream(utf8("-->" + xml.substring(cut))));

        assertThat(refusal(in)).isEqualTo("comment longer than 1048576 characters at line 10");
    }

    @Test
    @Timeout(120)
    void aHundredMegabyteAttributeIsRefused() {
        String xml = threeLines().xml();
        int cut = xml.indexOf("<Clienten>") + "<Clienten".length();
        InputStream in = new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(utf8(xml.substring(0, cut) + " a=\"")),
                new RepeatingInputStream((byte) '>', 100L * 1024 * 1024)),
                new ByteArrayInputStream(utf8("\"" + xml.substring(cut))));

        assertThat(refusal(in)).isEqualTo("tag longer than 1048576 characters at line 10");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] xml = threeLines().bytes();
        byte[] withBom = new byte[xml.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(xml, 0, withBom, 3, xml.length);
        assertThat(declaration(withBom).lines()).hasSize(3);
    }

    @Test
    void anotherEncodingIsRefused() {
        String xml = threeLines().xml().replace("UTF-8", "ISO-8859-1").replace("R2", "R\u00e92");
        assertThat(refusal(xml.getBytes(StandardCharsets.ISO_8859_1))).startsWith("not UTF-8 text");
        assertThat(refusal(threeLines().xml().getBytes(StandardCharsets.UTF_16))).startsWith("not UTF-8 text");
    }

    @Test
    void aFieldJustBelowTheCapIsKept() {
        String reference = "r".repeat(DeclarationXmlReader.MAX_FIELD_CHARS);
        RawDeclaration d = declaration(utf8(threeLines().xml().replace(">R2<", ">" + reference + "<")));
        assertThat(d.lines().get(1).get(DeclarationColumn.REFERENCE)).isEqualTo(reference);
        assertThat(d.formatProblems()).isEmpty();
    }

    @Test
    void aWhitespaceOnlyGiantFieldStillFails() {
        String xml = threeLines().xml().replace("<b:VorigReferentieNummer>R0<",
                "<b:VorigReferentieNummer>" + " ".repeat(10_000) + "R0<");
        RawDeclaration d = declaration(utf8(xml));
        assertThat(d.lines().get(1).get(DeclarationColumn.PREVIOUS_REFERENCE)).isEqualTo("R0");

        xml = threeLines().xml().replace("<b:VorigReferentieNummer>R0<",
                "<b:VorigReferentieNummer>R0" + " ".repeat(10_000) + "x<");
        d = declaration(utf8(xml));
        assertThat(d.lines().get(1).get(DeclarationColumn.PREVIOUS_REFERENCE))
                .isEqualTo(DeclarationXmlReader.MALFORMED_MARKER);
        assertThat(d.formatProblems()).containsExactly("FIELD:previous_reference");
    }

    @Test
    void aTruncatedFileIsRefusedNamingTheLine() {
        String xml = threeLines().xml();
        byte[] truncated = utf8(xml.substring(0, xml.indexOf("<b:Bedrag>8550")));
        String reason = refusal(truncated);
        assertThat(reason).startsWith("not well-formed XML at line 16");
        assertThat(reason).doesNotContain(BSN_A).doesNotContain(BSN_B);
    }

    @Test
    void aTruncatedFileInsideABsnDoesNotQuoteIt() {
        String xml = threeLines().xml();
        String reason = refusal(utf8(xml.substring(0, xml.indexOf(BSN_B) + 9)));
        assertThat(reason).contains("line 15").doesNotContain(BSN_B);
    }

    @Test
    void anUnknownRootNamespaceIsRefused() {
        String jw325 = threeLines().xml().replace(MessageStandard.IJW.declarationNamespace(),
                MessageStandard.IJW.answerNamespace());
        assertThat(refusal(utf8(jw325))).contains("not a JW323 or WMO323 message").contains("jw325");

        String none = threeLines().xml().replace(" xmlns=\"" + MessageStandard.IJW.declarationNamespace() + "\"", "");
        assertThat(refusal(utf8(none))).contains("not a JW323 or WMO323 message");

        String otherRoot = "<?xml version=\"1.0\"?><Message xmlns=\"" + MessageStandard.IJW.declarationNamespace()
                + "\"/>";
        assertThat(refusal(utf8(otherRoot))).contains("root element 'Message'");
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        assertThat(refusal(garbage)).matches("not (UTF-8 text|well-formed XML).*");

        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0};
        assertThat(refusal(zip)).matches("not (UTF-8 text|well-formed XML).*");
    }

    @Test
    void anEmptyOrTextFileIsRefused() {
        assertThat(refusal(new byte[0])).startsWith("not well-formed XML");
        assertThat(refusal(utf8("message_id,message_date\nM1,2026-01-01\n"))).startsWith("not well-formed XML");
    }

    @Test
    void trailingContentAfterTheMessageIsRefused() {
        assertThat(refusal(utf8(threeLines().xml() + "<Bericht/>"))).startsWith("not well-formed XML");
    }

    @Test
    void aRepeatedFieldIsMarkedMalformed() {
        String xml = threeLines().xml().replace("<ProductCode>45A01</ProductCode>",
                "<ProductCode>45A01</ProductCode><ProductCode>45A02</ProductCode>");
        RawDeclaration d = declaration(utf8(xml));
        assertThat(d.lines().get(0).get(DeclarationColumn.CODE)).isEqualTo(DeclarationXmlReader.MALFORMED_MARKER);
        assertThat(d.formatProblems()).containsExactly("FIELD:code");
    }

    @Test
    void aFieldWithChildElementsIsMarkedMalformed() {
        String xml = threeLines().xml().replace("<Eenheid>04</Eenheid>", "<Eenheid>0<x>4</x></Eenheid>");
        RawDeclaration d = declaration(utf8(xml));
        assertThat(d.lines().get(0).get(DeclarationColumn.UNIT)).isEqualTo(DeclarationXmlReader.MALFORMED_MARKER);
        assertThat(d.formatProblems()).containsExactly("FIELD:unit");
    }

    @Test
    void aBsnAfterItsLinesIsAProblem() {
        String xml = threeLines().xml().replace("</Prestaties></Client>", "</Prestaties><Bsn>999900031</Bsn></Client>");
        RawDeclaration d = declaration(utf8(xml));
        assertThat(d.formatProblems()).containsExactly("FIELD:bsn");
    }

    @Test
    void aHeaderFieldAfterTheLinesIsAProblem() {
        String xml = threeLines().xml().replace("</Clienten></Declaratie>",
                "</Clienten><DeclaratieDagtekening>2026-04-01</DeclaratieDagtekening></Declaratie>");
        RawDeclaration d = declaration(utf8(xml));
        assertThat(d.formatProblems()).containsExactly("FIELD:declaration_date");
        assertThat(d.get(DeclarationColumn.DECLARATION_DATE)).isEqualTo(DeclarationXmlReader.MALFORMED_MARKER);
    }

    @Test
    void unknownElementsAreSkipped() {
        String xml = threeLines().xml().replace("<Eenheid>04</Eenheid>", "<Eenheid>04</Eenheid><Opmerking>x</Opmerking>");
        RawDeclaration d = declaration(utf8(xml));
        assertThat(d.formatProblems()).isEmpty();
        assertThat(d.lines().get(0).get(DeclarationColumn.UNIT)).isEqualTo("04");
    }

    @Test
    void tooManyLinesAreRefusedByTheCollectingRead() {
        DeclarationXmlReader small = new DeclarationXmlReader(2, 1_000_000);
        ReadResult result = small.read(new ByteArrayInputStream(threeLines().bytes()));
        assertThat(result).isInstanceOf(Refused.class);
        assertThat(((Refused) result).reason()).contains("more than 2 lines");
    }

    @Test
    void deepNestingIsRefused() {
        String xml = threeLines().xml().replace("<Eenheid>04</Eenheid>",
                "<a>".repeat(100) + "</a>".repeat(100) + "<Eenheid>04</Eenheid>");
        assertThat(refusal(utf8(xml))).startsWith("elements nested deeper than");
    }

    @Test
    void aReaderUsedAgainAfterRefusalsReadsAsAFreshOne() {
        // Each thread's factory hands out its last reader again (issue 17); nothing of a refused or
        // cut-off message may carry over into the next one: same lines, header and problems as a new reader.
        byte[] good = threeLines().bytes();
        RawDeclaration fresh = declaration(good);
        String truncated = threeLines().xml().substring(0, threeLines().xml().length() / 2);
        String nested = threeLines().xml().replace("<Eenheid>04</Eenheid>",
                "<a>".repeat(100) + "</a>".repeat(100) + "<Eenheid>04</Eenheid>");
        for (String bad : List.of(truncated, nested, "<!DOCTYPE x []><x/>", "not xml at all")) {
            assertThat(refusal(utf8(bad))).isNotBlank();
            RawDeclaration again = declaration(good);
            assertThat(again.header()).isEqualTo(fresh.header());
            assertThat(again.formatProblems()).isEqualTo(fresh.formatProblems());
            assertThat(again.lines()).hasSameSizeAs(fresh.lines());
            for (int i = 0; i < fresh.lines().size(); i++) {
                assertThat(again.lines().get(i).position()).isEqualTo(fresh.lines().get(i).position());
                assertThat(again.lines().get(i).fields()).isEqualTo(fresh.lines().get(i).fields());
            }
        }
        assertThat(refusal(utf8(truncated))).isEqualTo(new DeclarationXmlReader().read(
                new ByteArrayInputStream(utf8(truncated))) instanceof Refused r ? r.reason() : null);
    }

    /** {@code count} copies of one byte without holding them. */
    static final class RepeatingInputStream extends InputStream {
        private final byte value;
        private long remaining;

        RepeatingInputStream(byte value, long count) {
            this.value = value;
            this.remaining = count;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return value;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, remaining);
            java.util.Arrays.fill(b, off, off + n, value);
            remaining -= n;
            return n;
        }
    }
}
