package org.caresettle.batch.console;

import org.caresettle.batch.inquiry.ReferenceNames;

/**
 * A code with its name beside it, as the pages show a provider, a product or a municipality:
 * {@code 41710023 De Linde}.
 */
final class LineNames {

    private LineNames() {
    }

    static String provider(String agb, ReferenceNames names) {
        return agb == null ? "" : join(agb, names.provider(agb));
    }

    static String product(String law, String category, String code, ReferenceNames names) {
        if (law == null) {
            return "";
        }
        String codes = law + " " + (category == null ? "" : category) + (code == null ? "" : " " + code);
        return join(codes, names.product(law, category, code));
    }

    static String municipality(String code, ReferenceNames names) {
        return join(code, names.municipality(code));
    }

    private static String join(String code, String name) {
        return name.isEmpty() ? code : code + " " + name;
    }
}
