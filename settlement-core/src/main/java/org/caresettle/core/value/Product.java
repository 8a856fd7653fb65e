package org.caresettle.core.value;

/**
 * A product: law, category (2 characters) and code (1 to 5 characters). An empty code, where
 * an allocation or arrangement allows it, means every code of the category; it is represented
 * by {@code null} here, never by an empty string.
 */
public record Product(Law law, String category, String code) implements Comparable<Product> {

    public Product {
        if (law == null) {
            throw new ValueFormatException("law is required");
        }
        if (!isCategory(category)) {
            throw new ValueFormatException("category must be 2 characters: '" + category + "'");
        }
        if (code != null && !isCode(code)) {
            throw new ValueFormatException("product code must be 1 to 5 characters: '" + code + "'");
        }
    }

    public static boolean isCategory(String text) {
        return text != null && text.length() == 2 && isAlphanumeric(text);
    }

    public static boolean isCode(String text) {
        return text != null && !text.isEmpty() && text.length() <= 5 && isAlphanumeric(text);
    }

    private static boolean isAlphanumeric(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    public boolean hasCode() {
        return code != null;
    }

    @Override
    public int compareTo(Product other) {
        int byLaw = law.compareTo(other.law);
        if (byLaw != 0) {
            return byLaw;
        }
        int byCategory = category.compareTo(other.category);
        if (byCategory != 0) {
            return byCategory;
        }
        return (code == null ? "" : code).compareTo(other.code == null ? "" : other.code);
    }

    @Override
    public String toString() {
        return law + "/" + category + "/" + (code == null ? "*" : code);
    }
}
