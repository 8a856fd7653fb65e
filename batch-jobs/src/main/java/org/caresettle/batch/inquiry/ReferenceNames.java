package org.caresettle.batch.inquiry;

import java.util.Map;

/**
 * The names people know the codes by, from the reference data in force: municipality names,
 * provider names and product descriptions. A code the reference data no longer knows shows no name
 * (empty), never a guess.
 */
public record ReferenceNames(Map<String, String> municipalities, Map<String, String> providers,
        Map<String, String> products) {

    public ReferenceNames {
        municipalities = Map.copyOf(municipalities);
        providers = Map.copyOf(providers);
        products = Map.copyOf(products);
    }

    public String municipality(String code) {
        return code == null ? "" : municipalities.getOrDefault(code, "");
    }

    public String provider(String agb) {
        return agb == null ? "" : providers.getOrDefault(agb, "");
    }

    /** A product by law, category and code; a category-wide line (no code) by its category's own row. */
    public String product(String law, String category, String code) {
        return law == null || category == null ? "" : products.getOrDefault(productKey(law, category, code), "");
    }

    static String productKey(String law, String category, String code) {
        return law + "|" + category + "|" + (code == null ? "" : code);
    }
}
