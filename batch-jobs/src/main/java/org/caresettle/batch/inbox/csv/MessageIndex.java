package org.caresettle.batch.inbox.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.declaration.DeclarationColumn;

/**
 * What the first pass learns about a file: its messages in order of first appearance (SPEC 4),
 * each with its row count, the ordinal of its first row and its first row's provider field (the
 * declaration's provider, as {@link DeclarationBuilder} reads it). Memory grows with the number of
 * messages, not with the number of rows, so the second pass can hand out one declaration at a time.
 */
final class MessageIndex {

    private final Map<String, Integer> positions = new HashMap<>();
    private int[] rowCounts = new int[16];
    private long[] firstRows = new long[16];
    private final List<String> providerFields = new ArrayList<>();
    private int size;
    private long rows;

    static MessageIndex scan(CsvRowReader reader) throws IOException {
        int idPosition = reader.layout().positionOf(DeclarationColumn.MESSAGE_ID);
        int providerPosition = reader.layout().positionOf(DeclarationColumn.PROVIDER_AGB);
        MessageIndex index = new MessageIndex();
        for (CsvRow row = reader.next(); row != null; row = reader.next()) {
            String messageId = row.cell(idPosition);
            if (messageId == null || messageId.isEmpty()) {
                throw new CsvRefusal("line " + row.line() + " has no message_id");
            }
            index.add(messageId, row.cell(providerPosition));
        }
        if (index.rows == 0) {
            throw new CsvRefusal("no declaration rows");
        }
        return index;
    }

    private void add(String messageId, String providerField) {
        Integer known = positions.get(messageId);
        if (known == null) {
            if (size == rowCounts.length) {
                rowCounts = Arrays.copyOf(rowCounts, size * 2);
                firstRows = Arrays.copyOf(firstRows, size * 2);
            }
            positions.put(messageId, size);
            firstRows[size] = rows;
            rowCounts[size] = 1;
            providerFields.add(providerField == null ? "" : providerField);
            size++;
        } else {
            rowCounts[known] = Math.addExact(rowCounts[known], 1);
        }
        rows++;
    }

    /** The message's place in order of first appearance, or -1 for an id the first pass did not see. */
    int indexOf(String messageId) {
        Integer known = messageId == null ? null : positions.get(messageId);
        return known == null ? -1 : known;
    }

    /** Per message, in order of first appearance, the provider field of its first row ("" when it has none). */
    List<String> providerFields() {
        return Collections.unmodifiableList(providerFields);
    }

    int size() {
        return size;
    }

    long rowCount() {
        return rows;
    }

    int rowsOf(int message) {
        return rowCounts[message];
    }

    /** Ordinal of the message's first row among the file's non-empty rows (0 = first after the header). */
    long firstRowOf(int message) {
        return firstRows[message];
    }
}
