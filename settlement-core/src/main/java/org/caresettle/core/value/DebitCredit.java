package org.caresettle.core.value;

/** The sign of an amount in a message: amounts are never negative, the sign is D or C. */
public enum DebitCredit {
    D,
    C;

    public static DebitCredit parse(String text) {
        if ("D".equals(text)) {
            return D;
        }
        if ("C".equals(text)) {
            return C;
        }
        throw new ValueFormatException("debit/credit must be D or C: '" + text + "'");
    }

    /** +1 for a debit, -1 for a credit. */
    public int sign() {
        return this == D ? 1 : -1;
    }
}
