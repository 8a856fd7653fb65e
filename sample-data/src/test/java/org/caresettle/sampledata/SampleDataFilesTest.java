package org.caresettle.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Checks the sample data sets without the engine: headers of SPEC section 3, test BSNs, pooling
 * keys that sum to exactly 1, JW323 XML that validates against the official XSD, and expected
 * verdicts that name existing files. Surefire runs with the module folder as working directory.
 */
class SampleDataFilesTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final List<Path> DATA_SETS = List.of(MODULE.resolve("spec-example"), MODULE.resolve("west-friesland"));
    private static final Path JW323_XSD =
            MODULE.resolve("../schema/src/main/resources/istandaarden/ijw-3.2/jw323.xsd").normalize();
    private static final String JW323_NS = "http://www.istandaarden.nl/ijw/3_2/jw323/schema";

    private static final Map<String, List<String>> REFERENCE_HEADERS = Map.of(
            "municipalities.csv", List.of("municipality_code", "name", "region_code"),
            "providers.csv", List.of("agb_code", "name"),
            "products.csv", List.of("law", "category", "code", "description", "pooled"),
            "arrangements.csv", List.of("arrangement_id", "provider_agb", "region_code", "law", "category", "code",
                    "financing", "unit", "tariff_cents", "valid_from", "valid_to", "withhold_bp", "partial_release_bp",
                    "annual_amount_cents"),
            "allocations.csv", List.of("allocation_number", "municipality_code", "bsn", "provider_agb", "law",
                    "category", "code", "start_date", "end_date", "volume", "unit", "frequency", "budget_cents", "status"),
            "pooling_keys.csv", List.of("region_code", "year", "municipality_code", "share"),
            "budgets.csv", List.of("municipality_code", "year", "law", "budget_cents"),
            "outcomes.csv", List.of("allocation_number", "municipality_code", "reported_on", "outcome"));

    private static final List<String> DECLARATION_COLUMNS = List.of("message_id", "message_date", "provider_agb",
            "municipality_code", "law", "declaration_number", "period_start", "period_end", "declaration_date",
            "total_cents", "total_dc", "bsn", "reference", "previous_reference", "allocation_number", "category", "code",
            "product_start", "product_end", "volume", "unit", "tariff_cents", "amount_cents", "dc");

    @BeforeAll
    static void dataSetsExist() {
        for (Path set : DATA_SETS) {
            assertThat(set.resolve("reference")).isDirectory();
            assertThat(set.resolve("inbox")).isDirectory();
        }
    }

    @Test
    void everyReferenceFileHasTheExactHeaderOfSpecSection3() throws IOException {
        for (Path set : DATA_SETS) {
            for (Map.Entry<String, List<String>> file : REFERENCE_HEADERS.entrySet()) {
                Path path = set.resolve("reference").resolve(file.getKey());
                assertThat(path).as("reference file").exists();
                Table table = Table.read(path);
                assertThat(table.header).as(path.toString()).containsExactlyInAnyOrderElementsOf(file.getValue());
                for (List<String> row : table.rows) {
                    assertThat(row).as(path + " row " + row).hasSameSizeAs(table.header);
                }
            }
        }
    }

    @Test
    void everyCsvDeclarationFileHasTheTwentyFourColumns() throws IOException {
        for (Path file : inboxFiles(".csv")) {
            Table table = Table.read(file);
            assertThat(table.header).as(file.toString()).containsExactlyInAnyOrderElementsOf(DECLARATION_COLUMNS);
            assertThat(table.rows).as(file.toString()).isNotEmpty().allSatisfy(row -> assertThat(row).hasSize(24));
        }
    }

    @Test
    void everyBsnIsATestBsnPassingTheElevenProof() throws Exception {
        List<String> bsns = new ArrayList<>();
        for (Path set : DATA_SETS) {
            bsns.addAll(Table.read(set.resolve("reference/allocations.csv")).column("bsn"));
        }
        for (Path file : inboxFiles(".csv")) {
            bsns.addAll(Table.read(file).column("bsn"));
        }
        for (Path file : inboxFiles(".xml")) {
            NodeList nodes = parse(file).getElementsByTagNameNS(JW323_NS, "Bsn");
            for (int i = 0; i < nodes.getLength(); i++) {
                bsns.add(nodes.item(i).getTextContent().trim());
            }
        }
        assertThat(bsns).hasSizeGreaterThan(500);
        assertThat(bsns).allSatisfy(bsn -> {
            assertThat(bsn).matches("\\d{9}");
            assertThat(Long.parseLong(bsn)).isBetween(999_900_006L, 999_999_990L);
            assertThat(passesElevenProof(bsn)).as("11-proof of " + bsn).isTrue();
        });
    }

    @Test
    void poolingKeySharesOfEachRegionAndYearSumToExactlyOne() throws IOException {
        for (Path set : DATA_SETS) {
            Map<String, String> regionOf = new HashMap<>();
            Table municipalities = Table.read(set.resolve("reference/municipalities.csv"));
            for (List<String> row : municipalities.rows) {
                regionOf.put(municipalities.get(row, "municipality_code"), municipalities.get(row, "region_code"));
            }
            Table keys = Table.read(set.resolve("reference/pooling_keys.csv"));
            Map<String, BigDecimal> sums = new TreeMap<>();
            Map<String, Set<String>> members = new TreeMap<>();
            for (List<String> row : keys.rows) {
                String region = keys.get(row, "region_code");
                String regionYear = region + "/" + keys.get(row, "year");
                String share = keys.get(row, "share");
                assertThat(share).matches("\\d+(\\.\\d{1,6})?");
                sums.merge(regionYear, new BigDecimal(share), BigDecimal::add);
                assertThat(regionOf.get(keys.get(row, "municipality_code"))).isEqualTo(region);
                assertThat(members.computeIfAbsent(regionYear, k -> new LinkedHashSet<>()).add(keys.get(row, "municipality_code")))
                        .as("one row per municipality in " + regionYear).isTrue();
            }
            assertThat(sums).isNotEmpty();
            sums.forEach((regionYear, sum) ->
                    assertThat(sum.compareTo(BigDecimal.ONE)).as(set.getFileName() + " " + regionYear + " sums to " + sum).isZero());
            members.forEach((regionYear, codes) -> {
                String region = regionYear.substring(0, regionYear.indexOf('/'));
                long inRegion = regionOf.values().stream().filter(region::equals).count();
                assertThat(codes).as("every municipality of " + regionYear).hasSize((int) inRegion);
            });
        }
    }

    @Test
    void everyXmlInboxFileValidatesAgainstTheJw323Schema() throws Exception {
        assertThat(JW323_XSD).exists();
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(JW323_XSD.toFile());
        List<Path> files = inboxFiles(".xml");
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            schema.newValidator().validate(new StreamSource(file.toFile()));
        }
    }

    @Test
    void expectedVerdictsNameExistingFilesAndKnownCodes() throws IOException {
        Path verdicts = MODULE.resolve("west-friesland/expected-verdicts.csv");
        Table table = Table.read(verdicts);
        assertThat(table.header).containsExactly("file", "message_id", "reference", "expected_codes");
        assertThat(table.rows).isNotEmpty();
        Set<String> codes = new LinkedHashSet<>();
        for (List<String> row : table.rows) {
            assertThat(MODULE.resolve("west-friesland/inbox").resolve(table.get(row, "file"))).exists();
            codes.addAll(List.of(table.get(row, "expected_codes").split("\\|")));
        }
        assertThat(codes).contains("9338", "9384", "8187", "9339", "9340", "9341", "9319", "9307", "9308", "9346",
                "0611", "8021", "9389", "9321", "9322", "9369", "8017", "9390", "0001", "9333");
    }

    static boolean passesElevenProof(String bsn) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (bsn.charAt(i) - '0');
        }
        sum -= bsn.charAt(8) - '0';
        return sum % 11 == 0;
    }

    private static List<Path> inboxFiles(String extension) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path set : DATA_SETS) {
            try (Stream<Path> list = Files.list(set.resolve("inbox"))) {
                list.filter(p -> p.getFileName().toString().toLowerCase().endsWith(extension)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** A CSV file read as SPEC 4 allows: UTF-8 with or without BOM, {@code ,} or {@code ;}, quoted cells. */
    private record Table(List<String> header, List<List<String>> rows) {

        static Table read(Path path) throws IOException {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            int end = text.indexOf('\n');
            String first = end < 0 ? text : text.substring(0, end);
            char separator = count(first, ';') > count(first, ',') ? ';' : ',';
            List<List<String>> records = parse(text, separator);
            List<String> header = records.get(0).stream().map(String::trim).toList();
            return new Table(header, records.subList(1, records.size()));
        }

        List<String> column(String name) {
            int index = header.indexOf(name);
            assertThat(index).as("column " + name).isNotNegative();
            return rows.stream().map(r -> r.get(index).trim()).toList();
        }

        String get(List<String> row, String name) {
            return row.get(header.indexOf(name)).trim();
        }

        private static long count(String text, char c) {
            return text.chars().filter(x -> x == c).count();
        }

        private static List<List<String>> parse(String text, char separator) throws IOException {
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.parse(text, format)) {
                return parser.stream().map(CSVRecord::toList).toList();
            }
        }
    }
}
