package org.caresettle.batch.reference;

import static org.caresettle.schema.jooq.Tables.REFERENCE_LOAD;
import static org.jooq.impl.DSL.max;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.batch.db.BulkInsert;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.reference.check.ReferenceRow;
import org.caresettle.core.reference.check.ReferenceTable;
import org.caresettle.core.value.Share;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * Stores reference loads. Every load of a changed file is a new {@code reference_load} with its
 * own rows; nothing is updated or deleted, so earlier loads stay as they were.
 */
@Repository
class ReferenceStore {

    private final DSLContext dsl;

    ReferenceStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The latest load of each file that was ever loaded, by file name. */
    Map<String, StoredLoad> latestLoads() {
        var latestIds = dsl.select(max(REFERENCE_LOAD.LOAD_ID)).from(REFERENCE_LOAD).groupBy(REFERENCE_LOAD.FILE_NAME);
        Map<String, StoredLoad> loads = new HashMap<>();
        dsl.selectFrom(REFERENCE_LOAD).where(REFERENCE_LOAD.LOAD_ID.in(latestIds)).forEach(r -> loads.put(r.getFileName(),
                new StoredLoad(r.getLoadId(), r.getFileName(), r.getSha256(), r.getRowCount())));
        return loads;
    }

    /** Stores one checked file as a new load (its rows streamed from the file) and returns the load. */
    StoredLoad store(ReferenceTable table, String sha256, LocalDateTime loadedAt) {
        ReferenceFile file = table.file();
        long loadId = dsl.insertInto(REFERENCE_LOAD)
                .set(REFERENCE_LOAD.FILE_NAME, file.fileName())
                .set(REFERENCE_LOAD.SHA256, sha256)
                .set(REFERENCE_LOAD.ROW_COUNT, 0)
                .set(REFERENCE_LOAD.LOADED_AT, loadedAt)
                .returningResult(REFERENCE_LOAD.LOAD_ID)
                .fetchOne()
                .value1();
        List<Field<?>> fields = fieldsOf(file, table.header());
        BulkInsert insert = new BulkInsert(dsl, ReferenceTables.tableOf(file), fields);
        int rows = 0;
        for (ReferenceRow row : table.rows()) {
            rows++;
            insert.add(rowValues(fields, loadId, row));
        }
        insert.flush();
        // Counted as stored: the rows are streamed, so their number is known only now.
        dsl.update(REFERENCE_LOAD).set(REFERENCE_LOAD.ROW_COUNT, rows).where(REFERENCE_LOAD.LOAD_ID.eq(loadId)).execute();
        return new StoredLoad(loadId, file.fileName(), sha256, rows);
    }

    /** The columns of a file's rows as {@link #rowValues} gives them: the load, the line, then the file's header. */
    static List<Field<?>> fieldsOf(ReferenceFile file, List<String> header) {
        Table<?> target = ReferenceTables.tableOf(file);
        List<Field<?>> fields = new ArrayList<>();
        fields.add(target.field("load_id"));
        fields.add(target.field("line_number"));
        for (String column : header) {
            fields.add(ReferenceTables.fieldOf(file, column));
        }
        return fields;
    }

    static List<Object> rowValues(List<Field<?>> fields, long loadId, ReferenceRow row) {
        List<Object> values = new ArrayList<>(fields.size());
        values.add(loadId);
        values.add(row.lineNumber());
        for (int i = 0; i < row.cells().size(); i++) {
            values.add(convert(fields.get(i + 2), row.cells().get(i)));
        }
        return values;
    }

    /** Text of a checked cell as the value its column holds; empty text is "not given". */
    private static Object convert(Field<?> field, String text) {
        Class<?> type = field.getType();
        if (text == null || text.isEmpty()) {
            return field.getName().endsWith("_bp") ? Integer.valueOf(0) : null;
        }
        if (field.getName().equals("share_millionths")) {
            return Share.parse(text).millionths();
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        return text;
    }
}
