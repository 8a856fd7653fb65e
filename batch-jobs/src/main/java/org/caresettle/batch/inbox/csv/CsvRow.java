package org.caresettle.batch.inbox.csv;

import java.util.List;

/** One non-empty data row: the physical line it starts on (header = line 1) and its trimmed cells. */
record CsvRow(long line, List<String> cells) {

    /** The cell at a position, or {@code null} when the row is too short to have it. */
    String cell(int position) {
        return position < cells.size() ? cells.get(position) : null;
    }
}
