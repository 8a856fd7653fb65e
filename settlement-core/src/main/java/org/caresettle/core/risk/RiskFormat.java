package org.caresettle.core.risk;

import java.util.List;
import org.caresettle.core.value.Money;

/**
 * How values print in {@code risk_<municipality>.csv}: percentages with two decimals and a point
 * (formatted from integers, never from a double), euros as on the invoices, lists capped so a
 * detail stays readable and fits its column.
 */
public final class RiskFormat {

    /** At most this many items are listed in a detail; the rest are counted. */
    public static final int DETAIL_LIST_LIMIT = 20;

    private RiskFormat() {
    }

    /** {@code 9620} → {@code 96.20%}; {@code -150} → {@code -1.50%}. */
    public static String percent(long basisPoints) {
        long magnitude = Math.abs(basisPoints);
        long rest = magnitude % 100;
        return (basisPoints < 0 ? "-" : "") + magnitude / 100 + "." + (rest < 10 ? "0" : "") + rest + "%";
    }

    /** A ratio as a percentage rounded half up to 0.01 %. */
    public static String percent(Ratio ratio) {
        return percent(ratio.roundedBasisPoints());
    }

    /** A change in basis points with its sign, {@code +1250} or {@code -300}; 0 has no sign. */
    public static String signedBasisPoints(long basisPoints) {
        return (basisPoints > 0 ? "+" : "") + basisPoints;
    }

    public static String euros(long cents) {
        return Money.ofCents(cents).toEuroString();
    }

    /** {@code a, b, c} or, past the limit, {@code a, b, and 7 more}. */
    public static String list(List<String> items) {
        if (items.size() <= DETAIL_LIST_LIMIT) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, DETAIL_LIST_LIMIT))
                + ", and " + (items.size() - DETAIL_LIST_LIMIT) + " more";
    }
}
