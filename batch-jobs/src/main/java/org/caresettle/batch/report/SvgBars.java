package org.caresettle.batch.report;

import java.math.BigInteger;

/**
 * The overview's small inline SVG bar charts, and the console's cost per trajectory by quarter (issue 16).
 * Bar lengths are whole pixels computed from cents with integer arithmetic (a bar is a picture of the
 * figure printed beside it, never the figure itself).
 * The SVG is inline in HTML5, so it needs no namespace declaration and references nothing outside the page.
 */
public final class SvgBars {

    static final int WIDTH = 112;
    static final int HEIGHT = 14;

    private SvgBars() {
    }

    /** A bar from the left, {@code |value|} of {@code max} long; an empty track when max is 0. */
    public static String bar(long value, long max, String cssClass, String label) {
        int length = pixels(Math.abs(value), Math.abs(max), WIDTH);
        return open(label) + track(0, WIDTH) + rect(0, length, cssClass) + "</svg>";
    }

    /** A bar from the middle: right for positive values, left for negative ones. */
    static String diverging(long value, long maxAbs, String positiveClass, String negativeClass, String label) {
        int half = WIDTH / 2;
        int length = pixels(Math.abs(value), Math.abs(maxAbs), half);
        String bar = value >= 0 ? rect(half, length, positiveClass) : rect(half - length, length, negativeClass);
        return open(label) + track(0, WIDTH) + bar
                + "<line class=\"axis\" x1=\"" + half + "\" y1=\"0\" x2=\"" + half + "\" y2=\"" + HEIGHT + "\"/>"
                + "</svg>";
    }

    /**
     * A burn bar: the track is {@code scaleBp} (e.g. 12500 = 125 %) of the budget, a line marks the budget
     * itself and a dashed line where spend would stand at an even pace ({@code expectedBp}). A spend beyond
     * the track fills it.
     */
    static String burn(long spent, long budget, long expectedBp, long scaleBp, String cssClass, String label) {
        BigInteger scaled = BigInteger.valueOf(Math.max(spent, 0)).multiply(BigInteger.valueOf(10_000));
        BigInteger track = BigInteger.valueOf(budget).multiply(BigInteger.valueOf(scaleBp));
        int length = (int) Math.min(WIDTH, scaled.multiply(BigInteger.valueOf(WIDTH)).divide(track).longValue());
        int budgetX = (int) (10_000L * WIDTH / scaleBp);
        int expectedX = (int) (expectedBp * WIDTH / scaleBp);
        return open(label) + track(0, WIDTH) + rect(0, length, cssClass)
                + "<line class=\"expected\" x1=\"" + expectedX + "\" y1=\"1\" x2=\"" + expectedX + "\" y2=\""
                + (HEIGHT - 1) + "\"/>"
                + "<line class=\"budget\" x1=\"" + budgetX + "\" y1=\"0\" x2=\"" + budgetX + "\" y2=\"" + HEIGHT + "\"/>"
                + "</svg>";
    }

    private static String open(String label) {
        return "<svg class=\"bar\" width=\"" + WIDTH + "\" height=\"" + HEIGHT + "\" viewBox=\"0 0 " + WIDTH + " "
                + HEIGHT + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\">";
    }

    private static String track(int x, int width) {
        return "<rect class=\"track\" x=\"" + x + "\" y=\"0\" width=\"" + width + "\" height=\"" + HEIGHT
                + "\" rx=\"3\"/>";
    }

    private static String rect(int x, int width, String cssClass) {
        return "<rect class=\"" + cssClass + "\" x=\"" + x + "\" y=\"2\" width=\"" + width + "\" height=\""
                + (HEIGHT - 4) + "\" rx=\"2\"/>";
    }

    /** {@code value / max} of {@code width}, rounded down; a non-zero value gets at least one pixel. */
    static int pixels(long value, long max, int width) {
        if (max <= 0 || value <= 0) {
            return 0;
        }
        long px = BigInteger.valueOf(value).multiply(BigInteger.valueOf(width)).divide(BigInteger.valueOf(max))
                .longValue();
        return (int) Math.max(1, Math.min(width, px));
    }
}
