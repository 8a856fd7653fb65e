package org.caresettle.batch.inbox.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.declaration.DeclarationColumn;

/** Builds declaration CSV text for the reader's tests: rows with plausible values, any column order. */
final class CsvTestFiles {

    static final List<DeclarationColumn> ALL = List.of(DeclarationColumn.values());

    private CsvTestFiles() {
    }

    static Map<DeclarationColumn, String> row(String messageId, String reference) {
        Map<DeclarationColumn, String> row = new EnumMap<>(DeclarationColumn.class);
        row.put(DeclarationColumn.MESSAGE_ID, messageId);
        row.put(DeclarationColumn.MESSAGE_DATE, "2026-04-02");
        row.put(DeclarationColumn.PROVIDER_AGB, "12345678");
        row.put(DeclarationColumn.MUNICIPALITY_CODE, "0405");
        row.put(DeclarationColumn.LAW, "JW");
        row.put(DeclarationColumn.DECLARATION_NUMBER, "D-" + messageId);
        row.put(DeclarationColumn.PERIOD_START, "2026-03-01");
        row.put(DeclarationColumn.PERIOD_END, "2026-03-31");
        row.put(DeclarationColumn.DECLARATION_DATE, "2026-04-02");
        row.put(DeclarationColumn.TOTAL_CENTS, "68400");
        row.put(DeclarationColumn.TOTAL_DC, "D");
        row.put(DeclarationColumn.BSN, "999999990");
        row.put(DeclarationColumn.REFERENCE, reference);
        row.put(DeclarationColumn.PREVIOUS_REFERENCE, "");
        row.put(DeclarationColumn.ALLOCATION_NUMBER, "1001");
        row.put(DeclarationColumn.CATEGORY, "45");
        row.put(DeclarationColumn.CODE, "45A01");
        row.put(DeclarationColumn.PRODUCT_START, "2026-03-01");
        row.put(DeclarationColumn.PRODUCT_END, "2026-03-31");
        row.put(DeclarationColumn.VOLUME, "8");
        row.put(DeclarationColumn.UNIT, "04");
        row.put(DeclarationColumn.TARIFF_CENTS, "8550");
        row.put(DeclarationColumn.AMOUNT_CENTS, "68400");
        row.put(DeclarationColumn.DC, "D");
        return row;
    }

    static Map<DeclarationColumn, String> with(Map<DeclarationColumn, String> row, DeclarationColumn column, String value) {
        Map<DeclarationColumn, String> changed = new EnumMap<>(row);
        changed.put(column, value);
        return changed;
    }

    static String headerLine(List<DeclarationColumn> order, String separator) {
        List<String> names = new ArrayList<>();
        order.forEach(column -> names.add(column.columnName()));
        return String.join(separator, names);
    }

    static String line(Map<DeclarationColumn, String> row, List<DeclarationColumn> order, String separator) {
        List<String> cells = new ArrayList<>();
        order.forEach(column -> cells.add(row.get(column)));
        return String.join(separator, cells);
    }

    /** A comma file in column order with a newline after every line. */
    static String csv(List<Map<DeclarationColumn, String>> rows) {
        StringBuilder text = new StringBuilder(headerLine(ALL, ",")).append('\n');
        rows.forEach(row -> text.append(line(row, ALL, ",")).append('\n'));
        return text.toString();
    }

    static Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
