package org.caresettle.batch.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Shares as the issue 16 pages show them, exact from whole numbers (never through a floating-point
 * number): a part of a whole with one decimal ({@code 75,0 %}), basis points ({@code 8659} is
 * {@code 86,59 %}). A percentage is never shown alone: the pages put the counts or amounts beside it.
 */
final class Shares {

    private Shares() {
    }

    /** {@code part / whole} in percent, one decimal, rounded half up; empty when the whole is 0. */
    static String percent(long part, long whole, Locale locale) {
        if (whole == 0) {
            return "";
        }
        BigDecimal share = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return String.format(locale, "%.1f %%", share);
    }

    /** Basis points (10 000 = all) in percent with two decimals. */
    static String basisPoints(long bp, Locale locale) {
        return String.format(locale, "%.2f %%", BigDecimal.valueOf(bp, 2));
    }

    /** A change in basis points as percentage points with its sign: {@code 4681} is {@code +46,81}; 0 has none. */
    static String signedPoints(long bp, Locale locale) {
        return (bp > 0 ? "+" : "") + String.format(locale, "%.2f", BigDecimal.valueOf(bp, 2));
    }
}
