package org.caresettle.core.value;

/**
 * A citizen service number (burgerservicenummer): 9 digits passing the 11-proof.
 * {@link #toString()} never shows the number, so a BSN cannot leak into a log by accident;
 * {@link #value()} is for the provider's own response and for keyed pseudonyms only.
 */
public final class Bsn {

    private final String value;

    private Bsn(String value) {
        this.value = value;
    }

    /**
     * Parses a BSN; throws {@link ValueFormatException} when it is not 9 digits or fails the 11-proof.
     * The message never contains the text.
     */
    public static Bsn of(String text) {
        // Unlike the other identifiers, never echo the text: an almost-BSN identifies a person too.
        if (!Digits.isDigits(text, 9)) {
            throw new ValueFormatException("BSN must be 9 digits");
        }
        if (!passesElevenProof(text)) {
            throw new ValueFormatException("BSN fails the 11-proof");
        }
        return new Bsn(text);
    }

    /** The 11-proof of SPEC section 2: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is a multiple of 11. */
    public static boolean passesElevenProof(String text) {
        if (!Digits.isDigits(text, 9)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (text.charAt(i) - '0');
        }
        sum -= text.charAt(8) - '0';
        return sum % 11 == 0;
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bsn bsn && bsn.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "Bsn[*********]";
    }
}
