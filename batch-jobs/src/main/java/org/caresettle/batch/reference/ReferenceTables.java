package org.caresettle.batch.reference;

import static org.caresettle.schema.jooq.Tables.ALLOCATION;
import static org.caresettle.schema.jooq.Tables.ARRANGEMENT;
import static org.caresettle.schema.jooq.Tables.BUDGET;
import static org.caresettle.schema.jooq.Tables.MUNICIPALITY;
import static org.caresettle.schema.jooq.Tables.OUTCOME;
import static org.caresettle.schema.jooq.Tables.POOLING_KEY;
import static org.caresettle.schema.jooq.Tables.PRODUCT;
import static org.caresettle.schema.jooq.Tables.PROVIDER;

import java.util.Map;
import org.caresettle.core.reference.check.ReferenceFile;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Where each reference file is stored: its table, and the database column of each CSV column
 * (the same name, except where the CSV name is a reserved word or the value is stored scaled).
 */
final class ReferenceTables {

    private static final Map<String, String> RENAMED_COLUMNS = Map.of(
            "pooling_keys.csv/year", "key_year",
            "pooling_keys.csv/share", "share_millionths",
            "budgets.csv/year", "budget_year");

    private ReferenceTables() {
    }

    static Table<?> tableOf(ReferenceFile file) {
        return switch (file) {
            case MUNICIPALITIES -> MUNICIPALITY;
            case PROVIDERS -> PROVIDER;
            case PRODUCTS -> PRODUCT;
            case ARRANGEMENTS -> ARRANGEMENT;
            case ALLOCATIONS -> ALLOCATION;
            case POOLING_KEYS -> POOLING_KEY;
            case BUDGETS -> BUDGET;
            case OUTCOMES -> OUTCOME;
        };
    }

    static Field<?> fieldOf(ReferenceFile file, String csvColumn) {
        String name = RENAMED_COLUMNS.getOrDefault(file.fileName() + "/" + csvColumn, csvColumn);
        Field<?> field = tableOf(file).field(name);
        if (field == null) {
            throw new IllegalStateException("no column " + name + " for " + file.fileName());
        }
        return field;
    }
}
