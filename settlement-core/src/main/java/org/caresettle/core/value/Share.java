package org.caresettle.core.value;

/**
 * A share of a pooling key in millionths: {@code 0.550000} is 550000. Written with at most six
 * decimals; parsed exactly, never through floating point.
 */
public record Share(int millionths) implements Comparable<Share> {

    public static final int ONE = 1_000_000;

    public Share {
        if (millionths < 0 || millionths > ONE) {
            throw new ValueFormatException("share must lie between 0 and 1: " + millionths + " millionths");
        }
    }

    /** Parses {@code 0.55}, {@code 0.550000}, {@code 1} or {@code 1.0}; at most six decimals. */
    public static Share parse(String text) {
        if (text == null || !text.matches("\\d+(\\.\\d{1,6})?")) {
            throw new ValueFormatException("share must be a decimal with at most 6 decimals: '" + text + "'");
        }
        int dot = text.indexOf('.');
        String whole = dot < 0 ? text : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1);
        if (whole.length() > 1 && !whole.matches("0*[01]")) {
            throw new ValueFormatException("share must lie between 0 and 1: '" + text + "'");
        }
        long value = Long.parseLong(whole) * ONE + Long.parseLong((fraction + "000000").substring(0, 6));
        if (value > ONE) {
            throw new ValueFormatException("share must lie between 0 and 1: '" + text + "'");
        }
        return new Share((int) value);
    }

    @Override
    public int compareTo(Share other) {
        return Integer.compare(millionths, other.millionths);
    }

    /** Six decimals, e.g. {@code 0.550000}. */
    @Override
    public String toString() {
        return (millionths / ONE) + "." + String.format("%06d", millionths % ONE);
    }
}
