package org.caresettle.core.value;

/** Checks on plain ASCII digit strings, shared by the identifier types. */
final class Digits {

    private Digits() {
    }

    static boolean isDigits(String text, int length) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static String require(String text, int length, String what) {
        if (!isDigits(text, length)) {
            throw new ValueFormatException(what + " must be " + length + " digits: '" + text + "'");
        }
        return text;
    }
}
