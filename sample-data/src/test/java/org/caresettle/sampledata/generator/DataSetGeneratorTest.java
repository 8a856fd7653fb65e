package org.caresettle.sampledata.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.caresettle.core.check.DeclarationDecider;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.check.ledger.InMemoryLedger;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.reference.check.ReferenceCheckResult;
import org.caresettle.core.reference.check.ReferenceChecker;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.reference.check.ReferenceRow;
import org.caresettle.core.reference.check.ReferenceTable;
import org.caresettle.core.value.Bsn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A small generated data set (2 000 lines) checked without the batch shell: SPEC 3 headers, the
 * core's reference checker, XML against jw323.xsd, determinism, and every declaration decided by
 * the core's own {@link DeclarationDecider} in the processing order of SPEC 4, so that exactly the
 * lines the generator meant to be rejected are rejected.
 */
class DataSetGeneratorTest {

    private static final Path IJW_XSD_DIR =
            Path.of("").toAbsolutePath().resolve("../schema/src/main/resources/istandaarden/ijw-3.2").normalize();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @TempDir
    static Path temp;
    static Path out;
    static GenerationSummary summary;

    @BeforeAll
    static void generate() throws IOException {
        out = temp.resolve("set");
        summary = DataSetGenerator.generate(out, 2000, 1);
    }

    @Test
    void aboutTheRequestedNumberOfLinesWithSomeCreditsAndFewRejections() {
        assertThat(summary.lines()).isBetween(1800L, 2200L);
        assertThat(summary.creditLines()).isPositive();
        assertThat(summary.municipalities()).isEqualTo(342);
        assertThat(summary.rejectedLines() * 100 / summary.lines()).isBetween(2L, 12L);
        assertThat(summary.describe()).contains("expected rejections", "lines/s");
    }

    @Test
    void referenceFilesHaveTheExactSpecHeadersAndPassTheCoresReferenceChecker() throws IOException {
        Map<ReferenceFile, ReferenceTable> tables = new EnumMap<>(ReferenceFile.class);
        for (ReferenceFile file : ReferenceFile.values()) {
            List<String> text = Files.readAllLines(out.resolve("reference").resolve(file.fileName()));
            List<String> header = CbsList.splitQuoted(text.get(0));
            assertThat(header).as(file.fileName()).containsExactlyElementsOf(file.columns());
            List<ReferenceRow> rows = new ArrayList<>();
            for (int i = 1; i < text.size(); i++) {
                rows.add(new ReferenceRow(i + 1, CbsList.splitQuoted(text.get(i))));
            }
            assertThat(rows).as(file.fileName()).isNotEmpty();
            tables.put(file, new ReferenceTable(file, header, rows));
        }
        ReferenceCheckResult result = ReferenceChecker.check(tables);
        assertThat(result.violations()).isEmpty();
        ReferenceData data = result.data();
        assertThat(data).isNotNull();
        assertThat(tables.get(ReferenceFile.MUNICIPALITIES).rows()).hasSize(342);
    }

    @Test
    void poolingKeysSumToOnePerRegionAndBsnsAreTestBsns() throws IOException {
        Map<String, Long> sums = new TreeMap<>();
        List<String> keys = Files.readAllLines(out.resolve("reference/pooling_keys.csv"));
        for (String line : keys.subList(1, keys.size())) {
            List<String> cells = CbsList.splitQuoted(line);
            sums.merge(cells.get(0) + "/" + cells.get(1), new java.math.BigDecimal(cells.get(3)).movePointRight(6)
                    .longValueExact(), Long::sum);
        }
        assertThat(sums).hasSize(42).allSatisfy((region, sum) -> assertThat(sum).as(region).isEqualTo(1_000_000L));
        List<String> allocations = Files.readAllLines(out.resolve("reference/allocations.csv"));
        for (String line : allocations.subList(1, allocations.size())) {
            String bsn = CbsList.splitQuoted(line).get(2);
            assertThat(Long.parseLong(bsn)).isBetween(999_900_006L, 999_999_990L);
            assertThat(Bsn.passesElevenProof(bsn)).isTrue();
        }
    }

    @Test
    void everyJw323FileValidatesAgainstTheXsdAndEveryWmo323AgainstTheSameStructure() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema jw323 = factory.newSchema(IJW_XSD_DIR.resolve("jw323.xsd").toFile());
        Schema wmo323 = factory.newSchema(wmoVariantOfJw323().resolve("wmo323.xsd").toFile());
        int jw = 0;
        int wmo = 0;
        for (Path file : inbox(out, ".xml")) {
            String text = Files.readString(file);
            boolean isJw = text.contains(XmlInboxFile.JW323_NS);
            (isJw ? jw323 : wmo323).newValidator().validate(new StreamSource(new StringReader(text)));
            if (isJw) {
                jw++;
            } else {
                wmo++;
            }
        }
        assertThat(jw).isPositive();
        assertThat(wmo).isPositive();
    }

    /**
     * We hold no iWmo XSDs. WMO323 has the structure of JW323, so the test validates WMO files
     * against a copy of jw323.xsd and basisschema.xsd with the iWmo namespaces, BerichtCode 484 and
     * a product category of two digits (the Wmo categories are not in the iJw code list).
     */
    private static Path wmoVariantOfJw323() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("wmo-xsd"));
        String base = Files.readString(IJW_XSD_DIR.resolve("basisschema.xsd"))
                .replace("http://www.istandaarden.nl/ijw/3_2/basisschema/schema",
                        XmlInboxFile.IWMO_BASE_NS)
                .replaceAll("(?s)(<xs:simpleType name=\"LDT_ProductCategorie\">.*?<xs:restriction base=\"xs:string\">).*?"
                        + "(</xs:restriction>)", "$1<xs:pattern value=\"[0-9]{2}\"/>$2");
        String message = Files.readString(IJW_XSD_DIR.resolve("jw323.xsd"))
                .replace("http://www.istandaarden.nl/ijw/3_2/basisschema/schema", XmlInboxFile.IWMO_BASE_NS)
                .replace(XmlInboxFile.JW323_NS, XmlInboxFile.WMO323_NS)
                .replace("<xs:pattern value=\"490\"/>", "<xs:pattern value=\"" + XmlInboxFile.WMO323_CODE + "\"/>");
        Files.writeString(dir.resolve("basisschema.xsd"), base);
        Files.writeString(dir.resolve("wmo323.xsd"), message);
        return dir;
    }

    @Test
    void theCoreDecidesExactlyTheIntendedLinesRejectedInProcessingOrder() throws Exception {
        Map<String, Long> codes = decideAsIntended(out, summary);
        assertThat(codes).containsKeys("9338", "0611", "9321", "9346", "8021");
    }

    /**
     * The national mix (issue 17): XML messages of about the message size, CSV files that bundle many
     * municipalities and some that name several providers, and still exactly the intended verdicts.
     */
    @Test
    void theMixShapeCutsTheSameKindOfLinesIntoShortMessagesAndSharedFiles() throws Exception {
        Path mix = temp.resolve("mix");
        InboxShape shape = InboxShape.named("mix").withProviders(40).withXmlShare(0.4).withSharedFileShare(0.5);
        GenerationSummary mixed = DataSetGenerator.generate(mix, 6000, 1, shape);
        assertThat(mixed.providers()).isEqualTo(40);
        assertThat(mixed.describe()).contains("shape mix: 40 providers");
        int sharedFiles = 0;
        for (Path file : inbox(mix, "")) {
            List<RawDeclaration> declarations = read(file);
            if (file.toString().endsWith(".xml")) {
                assertThat(declarations.get(0).lines().size()).as(file.toString()).isLessThan(30 + 10);
            } else if (declarations.stream().map(d -> d.get(DeclarationColumn.PROVIDER_AGB)).distinct().count() > 1) {
                sharedFiles++;
            }
        }
        assertThat(sharedFiles).isPositive();
        decideAsIntended(mix, mixed);
        Path again = temp.resolve("mix-again");
        DataSetGenerator.generate(again, 6000, 1, shape);
        assertThat(hashes(again)).isEqualTo(hashes(mix));
    }

    /** Decides every declaration of the set in processing order; returns the codes of the rejected lines. */
    private static Map<String, Long> decideAsIntended(Path set, GenerationSummary summary) throws Exception {
        ReferenceData reference = referenceData(set);
        InMemoryLedger ledger = new InMemoryLedger();
        long lines = 0;
        long rejected = 0;
        long wholeRejected = 0;
        Map<String, Long> codes = new TreeMap<>();
        for (Path file : inbox(set, "")) {
            for (RawDeclaration declaration : read(file)) {
                assertThat(LocalDate.parse(declaration.get(DeclarationColumn.MESSAGE_DATE))).isBefore(AS_OF);
                DeclarationVerdict verdict = DeclarationDecider.decide(declaration, reference, ledger, AS_OF);
                if (verdict.rejectedWhole()) {
                    wholeRejected++;
                    assertThat(verdict.ruleNames()).as(file.toString()).containsExactly("TR358");
                }
                for (LineVerdict line : verdict.lines()) {
                    lines++;
                    if (!line.accepted()) {
                        rejected++;
                        line.codes().forEach(code -> codes.merge(code.code(), 1L, Long::sum));
                    }
                }
            }
        }
        assertThat(lines).isEqualTo(summary.lines());
        assertThat(wholeRejected).isEqualTo(summary.wrongTotalDeclarations());
        assertThat(rejected).as("rejected lines; codes " + codes + " vs intended " + summary.expectedRejections())
                .isEqualTo(summary.rejectedLines());
        return codes;
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() throws IOException {
        Path again = temp.resolve("again");
        Path other = temp.resolve("other");
        DataSetGenerator.generate(again, 2000, 1);
        DataSetGenerator.generate(other, 2000, 2);
        assertThat(hashes(again)).isEqualTo(hashes(out));
        assertThat(hashes(other)).isNotEqualTo(hashes(out));
    }

    @Test
    void refusesAFolderThatAlreadyHoldsADataSet() {
        assertThatThrownBy(() -> DataSetGenerator.generate(out, 100, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
        assertThatThrownBy(() -> DataSetGenerator.generate(temp.resolve("zero"), 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allocationNumbersArePermutedWithoutCollisions() {
        assertThat(BigInteger.valueOf(ReferenceModel.NUMBER_MULTIPLIER)
                .gcd(BigInteger.valueOf(ReferenceModel.NUMBER_MODULUS))).isEqualTo(BigInteger.ONE);
    }

    private static ReferenceData referenceData(Path set) throws IOException {
        Map<ReferenceFile, ReferenceTable> tables = new EnumMap<>(ReferenceFile.class);
        for (ReferenceFile file : ReferenceFile.values()) {
            List<String> text = Files.readAllLines(set.resolve("reference").resolve(file.fileName()));
            List<ReferenceRow> rows = new ArrayList<>();
            for (int i = 1; i < text.size(); i++) {
                rows.add(new ReferenceRow(i + 1, CbsList.splitQuoted(text.get(i))));
            }
            tables.put(file, new ReferenceTable(file, CbsList.splitQuoted(text.get(0)), rows));
        }
        return ReferenceChecker.check(tables).data();
    }

    /** The inbox files in processing order (byte order of names; all names are ASCII). */
    private static List<Path> inbox(Path set, String extension) throws IOException {
        try (Stream<Path> files = Files.list(set.resolve("inbox"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(extension))
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        }
    }

    private static List<RawDeclaration> read(Path file) throws Exception {
        return file.toString().endsWith(".csv") ? readCsv(file) : List.of(readXml(file));
    }

    private static List<RawDeclaration> readCsv(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> rows = text.lines().toList();
        String separator = rows.get(0).contains(";") ? ";" : ",";
        String[] columns = rows.get(0).split(separator, -1);
        assertThat(columns).containsExactly(CsvInboxFile.COLUMNS);
        Map<String, Map<DeclarationColumn, String>> headers = new LinkedHashMap<>();
        Map<String, List<RawLine>> lines = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] cells = rows.get(r).split(separator, -1);
            assertThat(cells).hasSize(24);
            Map<DeclarationColumn, String> header = new EnumMap<>(DeclarationColumn.class);
            Map<DeclarationColumn, String> line = new EnumMap<>(DeclarationColumn.class);
            for (int c = 0; c < 24; c++) {
                DeclarationColumn column = DeclarationColumn.byColumnName(columns[c]);
                (column.isHeader() ? header : line).put(column, cells[c]);
            }
            String id = header.get(DeclarationColumn.MESSAGE_ID);
            Map<DeclarationColumn, String> first = headers.putIfAbsent(id, header);
            assertThat(first == null ? header : first).isEqualTo(header);
            List<RawLine> list = lines.computeIfAbsent(id, k -> new ArrayList<>());
            list.add(new RawLine(list.size(), line));
        }
        List<RawDeclaration> declarations = new ArrayList<>();
        headers.forEach((id, header) -> declarations.add(
                new RawDeclaration(RawDeclaration.SourceFormat.CSV, header, lines.get(id), List.of())));
        return declarations;
    }

    private static RawDeclaration readXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        Element root = document.getDocumentElement();
        Map<DeclarationColumn, String> header = new EnumMap<>(DeclarationColumn.class);
        header.put(DeclarationColumn.MESSAGE_ID, text(root, "Identificatie"));
        header.put(DeclarationColumn.MESSAGE_DATE, text(root, "Dagtekening"));
        header.put(DeclarationColumn.PROVIDER_AGB, text(root, "Afzender"));
        header.put(DeclarationColumn.MUNICIPALITY_CODE, text(root, "Ontvanger"));
        header.put(DeclarationColumn.LAW, root.getNamespaceURI().equals(XmlInboxFile.JW323_NS) ? "JW" : "WMO");
        header.put(DeclarationColumn.DECLARATION_NUMBER, text(root, "DeclaratieNummer"));
        Element period = first(root, "DeclaratiePeriode");
        header.put(DeclarationColumn.PERIOD_START, text(period, "Begindatum"));
        header.put(DeclarationColumn.PERIOD_END, text(period, "Einddatum"));
        header.put(DeclarationColumn.DECLARATION_DATE, text(root, "DeclaratieDagtekening"));
        header.put(DeclarationColumn.TOTAL_CENTS, text(root, "TotaalBedrag"));
        Element total = first(root, "TotaalIngediendBedrag");
        header.put(DeclarationColumn.TOTAL_DC, text(total, "DebetCredit"));
        List<RawLine> lines = new ArrayList<>();
        NodeList clients = root.getElementsByTagNameNS("*", "Client");
        for (int c = 0; c < clients.getLength(); c++) {
            Element client = (Element) clients.item(c);
            String bsn = text(client, "Bsn");
            NodeList prestaties = client.getElementsByTagNameNS("*", "Prestatie");
            for (int p = 0; p < prestaties.getLength(); p++) {
                Element prestatie = (Element) prestaties.item(p);
                Map<DeclarationColumn, String> line = new EnumMap<>(DeclarationColumn.class);
                line.put(DeclarationColumn.BSN, bsn);
                line.put(DeclarationColumn.REFERENCE, text(prestatie, "ReferentieNummer"));
                line.put(DeclarationColumn.PREVIOUS_REFERENCE, textOrEmpty(prestatie, "VorigReferentieNummer"));
                line.put(DeclarationColumn.ALLOCATION_NUMBER, text(prestatie, "ToewijzingNummer"));
                line.put(DeclarationColumn.CATEGORY, text(prestatie, "ProductCategorie"));
                line.put(DeclarationColumn.CODE, text(prestatie, "ProductCode"));
                Element productPeriod = first(prestatie, "ProductPeriode");
                line.put(DeclarationColumn.PRODUCT_START, text(productPeriod, "Begindatum"));
                line.put(DeclarationColumn.PRODUCT_END, text(productPeriod, "Einddatum"));
                line.put(DeclarationColumn.VOLUME, text(prestatie, "GeleverdVolume"));
                line.put(DeclarationColumn.UNIT, text(prestatie, "Eenheid"));
                line.put(DeclarationColumn.TARIFF_CENTS, textOrEmpty(prestatie, "ProductTarief"));
                line.put(DeclarationColumn.AMOUNT_CENTS, text(prestatie, "Bedrag"));
                line.put(DeclarationColumn.DC, text(first(prestatie, "IngediendBedrag"), "DebetCredit"));
                lines.add(new RawLine(lines.size(), line));
            }
        }
        return new RawDeclaration(RawDeclaration.SourceFormat.XML, header, lines, List.of());
    }

    private static Element first(Element parent, String localName) {
        return (Element) parent.getElementsByTagNameNS("*", localName).item(0);
    }

    private static String text(Element parent, String localName) {
        Node node = parent.getElementsByTagNameNS("*", localName).item(0);
        assertThat(node).as(localName).isNotNull();
        return node.getTextContent().trim();
    }

    private static String textOrEmpty(Element parent, String localName) {
        Node node = parent.getElementsByTagNameNS("*", localName).item(0);
        return node == null ? "" : node.getTextContent().trim();
    }

    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return String.format("%064x", new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
