package org.caresettle.batch.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Rows through one prepared statement (SQL rendered once by jOOQ) and one JDBC batch, values bound
 * directly: the dates, numbers and texts BulkInsert receives are JDBC 4.2 types already.
 */
final class JdbcBatchRows {

    private JdbcBatchRows() {
    }

    static void send(Connection connection, DSLContext dsl, Table<?> table, List<Field<?>> fields, List<Object[]> rows)
            throws SQLException {
        String sql = dsl.render(dsl.insertInto(table).columns(fields).values(Collections.nCopies(fields.size(), null)));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    statement.setObject(i + 1, row[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
