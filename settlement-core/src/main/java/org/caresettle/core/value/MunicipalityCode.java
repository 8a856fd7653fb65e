package org.caresettle.core.value;

/**
 * A municipality's CBS code: 4 digits, e.g. {@code 0405} for Hoorn. Ordered by code, which is
 * also the tie-break order of the largest-remainder split.
 */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

    public MunicipalityCode {
        Digits.require(value, 4, "municipality code");
    }

    public static MunicipalityCode of(String text) {
        return new MunicipalityCode(text);
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
