package org.caresettle.core.value;

/** A fraction in basis points: an integer from 0 to 10000, where 10000 is 100 %. */
public record BasisPoints(int value) {

    public static final int WHOLE = 10_000;
    public static final BasisPoints ZERO = new BasisPoints(0);

    public BasisPoints {
        if (value < 0 || value > WHOLE) {
            throw new ValueFormatException("basis points must lie between 0 and 10000: " + value);
        }
    }

    public static BasisPoints parse(String text) {
        if (text == null || !text.matches("\\d{1,5}")) {
            throw new ValueFormatException("basis points must be an integer from 0 to 10000: '" + text + "'");
        }
        return new BasisPoints(Integer.parseInt(text));
    }
}
