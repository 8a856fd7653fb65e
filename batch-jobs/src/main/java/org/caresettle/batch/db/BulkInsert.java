package org.caresettle.batch.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;

/**
 * Inserts many rows in the current transaction, the fastest way the database offers: PostgreSQL's
 * own bulk load ({@code COPY ... FROM STDIN}, see {@link CopyRows}), elsewhere (H2) one prepared
 * statement and large JDBC batches (see {@link JdbcBatchRows}). Rows are sent in blocks, so memory
 * stays bounded whatever their number. Measured on 100k declaration lines: jOOQ's own batch spent
 * more time binding values than the database spent storing them.
 */
public final class BulkInsert {

    private static final int ROWS_PER_BLOCK = 5000;

    private final DSLContext dsl;
    private final Table<?> table;
    private final List<Field<?>> fields;
    private final List<Object[]> pending = new ArrayList<>();

    public BulkInsert(DSLContext dsl, Table<?> table, List<Field<?>> fields) {
        this.dsl = dsl;
        this.table = table;
        this.fields = List.copyOf(fields);
    }

    /**
     * Adds a row, values in the order of the fields and of their Java types (a typed column such as a
     * verdict takes its enum); sends a block when enough are pending.
     */
    public void add(List<Object> values) {
        if (values.size() != fields.size()) {
            throw new IllegalArgumentException(values.size() + " values for " + fields.size() + " columns of " + table);
        }
        Object[] row = new Object[values.size()];
        for (int i = 0; i < row.length; i++) {
            // the rows are sent past jOOQ's binding, so typed columns are converted here
            row[i] = DatabaseValues.of(fields.get(i), values.get(i));
        }
        pending.add(row);
        if (pending.size() == ROWS_PER_BLOCK) {
            flush();
        }
    }

    /** Sends the rows still pending. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        dsl.connection(connection -> {
            if (dsl.dialect().family() == SQLDialect.POSTGRES) {
                CopyRows.send(connection, table, fields, pending);
            } else {
                JdbcBatchRows.send(connection, dsl, table, fields, pending);
            }
        });
        pending.clear();
    }
}
