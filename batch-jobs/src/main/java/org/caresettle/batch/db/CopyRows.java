package org.caresettle.batch.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Table;
import org.postgresql.PGConnection;

/**
 * Rows into a PostgreSQL table with {@code COPY ... FROM STDIN (FORMAT csv)} on the transaction's
 * own connection: the server parses plain text, with no statement per row and no bind messages.
 * In PostgreSQL's CSV format an unquoted empty field is NULL and a quoted one ({@code ""}) is an
 * empty string, so every non-null value is quoted.
 */
final class CopyRows {

    private CopyRows() {
    }

    static void send(Connection connection, Table<?> table, List<Field<?>> fields, List<Object[]> rows)
            throws SQLException {
        String sql = "copy " + table.getName() + " ("
                + fields.stream().map(Field::getName).collect(Collectors.joining(", "))
                + ") from stdin (format csv)";
        StringBuilder text = new StringBuilder(rows.size() * 200);
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                if (row[i] != null) {
                    text.append('"').append(row[i].toString().replace("\"", "\"\"")).append('"');
                }
            }
            text.append('\n');
        }
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new java.io.StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
