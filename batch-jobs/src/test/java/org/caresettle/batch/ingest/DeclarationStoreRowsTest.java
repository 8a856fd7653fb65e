package org.caresettle.batch.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.testsupport.BulkRows;
import org.caresettle.core.check.DeclarationVerdict;
import org.caresettle.core.check.LineVerdict;
import org.caresettle.core.check.ReturnCode;
import org.caresettle.core.declaration.DeclarationColumn;
import org.caresettle.core.declaration.RawDeclaration;
import org.caresettle.core.declaration.RawLine;
import org.junit.jupiter.api.Test;

/**
 * The bulk-inserted rows of a stored declaration fit their field lists, position by position. The
 * line and answer rows get their declaration's id in front once it is known, as the store does.
 */
class DeclarationStoreRowsTest {

    private static final long DECLARATION_ID = 11L;

    private final RawLine line = new RawLine(2, fields(Map.of(
            DeclarationColumn.BSN, "012345672", DeclarationColumn.REFERENCE, "R2",
            DeclarationColumn.PREVIOUS_REFERENCE, "R1", DeclarationColumn.ALLOCATION_NUMBER, "1001",
            DeclarationColumn.CATEGORY, "45", DeclarationColumn.CODE, "45A01",
            DeclarationColumn.PRODUCT_START, "2026-03-02", DeclarationColumn.PRODUCT_END, "2026-03-02",
            DeclarationColumn.VOLUME, "8", DeclarationColumn.UNIT, "04")));
    private final RawDeclaration raw = new RawDeclaration(RawDeclaration.SourceFormat.CSV, fields(Map.ofEntries(
            Map.entry(DeclarationColumn.MESSAGE_ID, "MSG-1"), Map.entry(DeclarationColumn.MESSAGE_DATE, "2026-04-02"),
            Map.entry(DeclarationColumn.PROVIDER_AGB, "12345678"), Map.entry(DeclarationColumn.MUNICIPALITY_CODE, "0405"),
            Map.entry(DeclarationColumn.LAW, "JW"), Map.entry(DeclarationColumn.DECLARATION_NUMBER, "D1"),
            Map.entry(DeclarationColumn.PERIOD_START, "2026-03-01"), Map.entry(DeclarationColumn.PERIOD_END, "2026-03-31"),
            Map.entry(DeclarationColumn.DECLARATION_DATE, "2026-04-01"), Map.entry(DeclarationColumn.TOTAL_CENTS, "68400"),
            Map.entry(DeclarationColumn.TOTAL_DC, "D"))),
            List.of(withAmounts(line)), List.of());
    private final LineVerdict lineVerdict = new LineVerdict(2, "R2", false,
            List.of(ReturnCode.NO_ALLOCATION, ReturnCode.REFERENCE_ALREADY_SENT), List.of("TR999"), 68400);
    private final DeclarationVerdict verdict = new DeclarationVerdict(List.of(ReturnCode.UNKNOWN_MUNICIPALITY),
            List.of("TR999"), List.of(lineVerdict), 68400, 0);

    @Test
    void aDeclarationRowFitsItsFields() {
        BulkRows.assertFits(DeclarationStore.DECLARATION_FIELDS,
                DeclarationStore.declarationValues(3L, 1, raw, verdict, DeclarationStore.Header.of(raw)));
    }

    @Test
    void aLineRowFitsItsFields() {
        BulkRows.assertFits(DeclarationStore.LINE_FIELDS, withId(DeclarationStore.lineValues(1,
                DeclarationStore.Header.of(raw), raw.lines().get(0), lineVerdict)));
    }

    @Test
    void anAnswerRowFitsItsFields() {
        BulkRows.assertFits(DeclarationStore.RESPONSE_FIELDS, withId(DeclarationStore.responseValues(
                new WrittenFile("a.csv", "0".repeat(64)), new WrittenFile("a.xml", "1".repeat(64)),
                LocalDateTime.of(2026, 4, 2, 12, 0))));
    }

    private static List<Object> withId(List<Object> values) {
        List<Object> row = new ArrayList<>();
        row.add(DECLARATION_ID);
        row.addAll(values);
        return row;
    }

    private static RawLine withAmounts(RawLine line) {
        Map<DeclarationColumn, String> all = fields(line.fields());
        all.put(DeclarationColumn.TARIFF_CENTS, "8550");
        all.put(DeclarationColumn.AMOUNT_CENTS, "68400");
        all.put(DeclarationColumn.DC, "D");
        return new RawLine(line.position(), all);
    }

    private static Map<DeclarationColumn, String> fields(Map<DeclarationColumn, String> values) {
        Map<DeclarationColumn, String> fields = new EnumMap<>(DeclarationColumn.class);
        fields.putAll(values);
        return fields;
    }
}
