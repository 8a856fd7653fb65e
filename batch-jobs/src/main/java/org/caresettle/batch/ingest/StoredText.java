package org.caresettle.batch.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Turns declared text into the typed value a column stores, or {@code null} when the text is
 * missing or does not have the column's form. The checks have already said what is wrong with
 * it (rule names); storage only keeps what can be kept, so a malformed value never breaks an
 * insert. What is stored this way is exactly what the cumulative checks can use later.
 */
final class StoredText {

    private StoredText() {
    }

    static String text(String raw, int maxLength) {
        String trimmed = raw == null ? "" : raw.trim();
        return trimmed.isEmpty() || trimmed.length() > maxLength ? null : trimmed;
    }

    static String digits(String raw, int length) {
        String text = text(raw, length);
        return text != null && text.length() == length && allDigits(text) ? text : null;
    }

    static Long number(String raw, int maxDigits) {
        String text = text(raw, maxDigits);
        return text != null && allDigits(text) ? Long.valueOf(text) : null;
    }

    /** An integer identifier (such as an allocation number) without leading zeros, as the checks compare it. */
    static String integerText(String raw, int maxDigits) {
        Long value = number(raw, maxDigits);
        return value == null ? null : Long.toString(value);
    }

    static LocalDate date(String raw) {
        String text = text(raw, 10);
        if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static String oneOf(String raw, String... allowed) {
        String text = text(raw, 10);
        for (String value : allowed) {
            if (value.equals(text)) {
                return value;
            }
        }
        return null;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
