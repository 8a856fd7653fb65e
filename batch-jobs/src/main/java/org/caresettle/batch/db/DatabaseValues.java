package org.caresettle.batch.db;

import java.util.ArrayList;
import java.util.List;
import org.jooq.Converter;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;

/**
 * Values as the database stores them, for the few places that send SQL past jOOQ's binding (bulk
 * loads, fetches in blocks): a typed column such as a verdict holds the enum in Java and its text
 * in the database, and only the column's converter (generated, identity elsewhere) knows the way.
 */
public final class DatabaseValues {

    private DatabaseValues() {
    }

    /** {@code value}, of the field's Java type, as the field's column stores it. */
    @SuppressWarnings("unchecked") // the caller promises a value of the field's type
    public static Object of(Field<?> field, Object value) {
        return ((Converter<Object, Object>) field.getConverter()).to(value);
    }

    /** The values a query binds, in the order of its {@code ?}, as the database takes them. */
    public static List<Object> boundBy(Query query) {
        List<Object> values = new ArrayList<>();
        for (Param<?> param : query.getParams().values()) {
            if (!param.isInline()) {
                values.add(of(param, param.getValue()));
            }
        }
        return values;
    }
}
