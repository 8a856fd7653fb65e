package org.caresettle.batch.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Table;

/**
 * Inserts many rows with multi-row INSERT statements of a few hundred rows each: one round
 * trip per statement instead of per row, on H2 and PostgreSQL alike.
 */
public final class BulkInsert {

    private static final int ROWS_PER_STATEMENT = 500;

    private final DSLContext dsl;
    private final Table<?> table;
    private final List<Field<?>> fields;
    private final List<List<Object>> pending = new ArrayList<>();

    public BulkInsert(DSLContext dsl, Table<?> table, List<Field<?>> fields) {
        this.dsl = dsl;
        this.table = table;
        this.fields = List.copyOf(fields);
    }

    /** Adds a row, values in the order of the fields; sends a statement when enough are pending. */
    public void add(List<Object> values) {
        if (values.size() != fields.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + fields.size() + " columns of " + table);
        }
        pending.add(values);
        if (pending.size() == ROWS_PER_STATEMENT) {
            flush();
        }
    }

    /** Sends the rows still pending. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        InsertValuesStepN<?> insert = dsl.insertInto(table).columns(fields);
        for (List<Object> row : pending) {
            insert = insert.values(row);
        }
        insert.execute();
        pending.clear();
    }
}
