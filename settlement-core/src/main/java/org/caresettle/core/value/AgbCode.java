package org.caresettle.core.value;

/** A provider's AGB code: 8 digits. */
public record AgbCode(String value) implements Comparable<AgbCode> {

    public AgbCode {
        Digits.require(value, 8, "AGB code");
    }

    public static AgbCode of(String text) {
        return new AgbCode(text);
    }

    @Override
    public int compareTo(AgbCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
