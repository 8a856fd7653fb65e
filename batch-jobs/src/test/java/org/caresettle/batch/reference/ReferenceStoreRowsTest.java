package org.caresettle.batch.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.testsupport.BulkRows;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.reference.check.ReferenceRow;
import org.jooq.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bulk-inserted rows of every reference file fit their field lists, position by position. */
class ReferenceStoreRowsTest {

    @ParameterizedTest
    @EnumSource(ReferenceFile.class)
    void aRowOfEveryColumnFitsItsFields(ReferenceFile file) {
        List<Field<?>> fields = ReferenceStore.fieldsOf(file, file.columns());
        List<String> cells = new ArrayList<>();
        for (Field<?> field : fields.subList(2, fields.size())) {
            cells.add(readableText(field));
        }
        BulkRows.assertFits(fields, ReferenceStore.rowValues(fields, 1L, new ReferenceRow(2, cells)));
    }

    /** Cell text the checks would have let through for a column of this type. */
    private static String readableText(Field<?> field) {
        Class<?> type = field.getType();
        if (field.getName().equals("share_millionths")) {
            return "0.5";
        }
        if (type == Long.class || type == Integer.class) {
            return "1";
        }
        if (type == Boolean.class) {
            return "true";
        }
        if (type == LocalDate.class) {
            return "2026-01-01";
        }
        return "x";
    }
}
