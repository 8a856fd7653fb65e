package org.caresettle.batch.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.Field;

/**
 * Checks a row meant for {@code db.BulkInsert} against its field list: the rows are positional, so
 * a value added, dropped or moved in a store's row builder, or a column added to its field list,
 * would otherwise surface only when the database refuses the insert (or, for two columns of one
 * type, never).
 */
public final class BulkRows {

    private BulkRows() {
    }

    /**
     * One value per field, each of its field's Java type. The sample row must fill every column,
     * so that every position's type is seen.
     */
    public static void assertFits(List<Field<?>> fields, List<Object> row) {
        assertThat(row).as("values for %s", fields).hasSameSizeAs(fields);
        for (int i = 0; i < fields.size(); i++) {
            Field<?> field = fields.get(i);
            Object value = row.get(i);
            assertThat(value).as("value %d, for column %s, in the sample row", i + 1, field.getName()).isNotNull();
            assertThat(value).as("value %d, for column %s", i + 1, field.getName()).isInstanceOf(field.getType());
        }
    }
}
