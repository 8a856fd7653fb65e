package org.caresettle.batch.inquiry;

import static org.caresettle.schema.jooq.Tables.MUNICIPALITY;
import static org.caresettle.schema.jooq.Tables.PRODUCT;
import static org.caresettle.schema.jooq.Tables.PROVIDER;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Reads the names of the latest load of each reference table. A load holds a whole file, so the
 * highest load id of a table is the file in force.
 */
@Repository
class ReferenceNamesRepository {

    private final DSLContext dsl;

    ReferenceNamesRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ReferenceNames names() {
        Map<String, String> municipalities = new HashMap<>();
        dsl.select(MUNICIPALITY.MUNICIPALITY_CODE, MUNICIPALITY.NAME).from(MUNICIPALITY)
                .where(MUNICIPALITY.LOAD_ID.eq(DSL.select(DSL.max(MUNICIPALITY.LOAD_ID)).from(MUNICIPALITY)))
                .forEach(r -> municipalities.put(r.value1(), r.value2()));
        Map<String, String> providers = new HashMap<>();
        dsl.select(PROVIDER.AGB_CODE, PROVIDER.NAME).from(PROVIDER)
                .where(PROVIDER.LOAD_ID.eq(DSL.select(DSL.max(PROVIDER.LOAD_ID)).from(PROVIDER)))
                .forEach(r -> providers.put(r.value1(), r.value2()));
        Map<String, String> products = new HashMap<>();
        dsl.select(PRODUCT.LAW, PRODUCT.CATEGORY, PRODUCT.CODE, PRODUCT.DESCRIPTION).from(PRODUCT)
                .where(PRODUCT.LOAD_ID.eq(DSL.select(DSL.max(PRODUCT.LOAD_ID)).from(PRODUCT)))
                .forEach(r -> products.put(ReferenceNames.productKey(r.value1(), r.value2(),
                        r.value3() == null || r.value3().isEmpty() ? null : r.value3()), r.value4()));
        return new ReferenceNames(municipalities, providers, products);
    }
}
