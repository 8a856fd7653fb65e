package org.caresettle.core.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * Strict readers for the text fields of a declaration. Each returns {@code null} when the text
 * is absent or malformed, so the caller decides whether that is a {@code FIELD:} failure.
 */
final class FieldText {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");

    private FieldText() {
    }

    /** The text without surrounding white space, {@code null} when nothing is left. */
    static String present(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        return text.isEmpty() ? null : text;
    }

    /** Strict ISO {@code YYYY-MM-DD}; impossible days such as 2026-02-30 are malformed. */
    static LocalDate date(String raw) {
        String text = present(raw);
        if (text == null || !ISO_DATE.matcher(text).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A non-negative integer of 1 to {@code maxDigits} ASCII digits (the XSD integer limits). */
    static Long digits(String raw, int maxDigits) {
        String text = present(raw);
        if (text == null || text.length() > maxDigits) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(text);
    }

    /** Exactly {@code length} ASCII digits, kept as text (leading zeros matter in codes). */
    static String fixedDigits(String raw, int length) {
        String text = present(raw);
        return text != null && text.length() == length && digits(text, length) != null ? text : null;
    }

    /** Any text of 1 to {@code maxLength} characters that is not only white space. */
    static String bounded(String raw, int maxLength) {
        String text = present(raw);
        return text != null && text.length() <= maxLength ? text : null;
    }

    static String alphanumeric(String raw, int maxLength) {
        String text = bounded(raw, maxLength);
        return text != null && ALPHANUMERIC.matcher(text).matches() ? text : null;
    }
}
