package org.caresettle.core.reference.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caresettle.core.reference.ProductDefinition;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.Product;

/**
 * {@code products.csv}: formats, a unique (law, category, code), and pooling for youth care
 * only. Arrangements and allocations may name products not listed here (SPEC 7: such a
 * product is simply not pooled), so this file offers no keys to the others.
 */
final class ProductRules {

    private ProductRules() {
    }

    static List<ProductDefinition> check(ReferenceTable table, Violations violations) {
        TableRows read = TableRows.read(table, violations);
        Map<Product, Integer> firstLine = new HashMap<>();
        List<ProductDefinition> products = new ArrayList<>();
        for (CellReader row : read.rows()) {
            Law law = row.law("law");
            String category = row.category("category");
            String code = row.productCode("code", true);
            String description = row.description("description");
            Boolean pooled = row.bool("pooled");
            Product product = law != null && category != null && code != null
                    ? new Product(law, category, code) : null;
            if (product != null) {
                Integer first = firstLine.putIfAbsent(product, row.lineNumber());
                if (first != null) {
                    row.fail("code", Rule.UNIQUE_KEY,
                            "product " + product + " is listed again (first on line " + first + ")");
                }
            }
            if (law != null && law != Law.JW && Boolean.TRUE.equals(pooled)) {
                row.fail("pooled", Rule.POOLED_ONLY_JW, "product "
                        + (product != null ? product.toString() : law.name()) + " is pooled, but only JW products may be pooled");
            }
            if (row.ok()) {
                products.add(new ProductDefinition(product, description, pooled));
            }
        }
        return products;
    }
}
