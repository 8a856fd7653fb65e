package org.caresettle.core.risk;

import java.util.Objects;

/**
 * The value of one indicator as a plain number with its unit (issue 15): {@code number} has a point as
 * decimal separator, a leading minus when negative and nothing else (no {@code %}, no sign for a rise),
 * so a spreadsheet or script reads it as a number; empty when there is nothing to measure. {@link #text}
 * is the same value as people read it on the overview page.
 */
public record RiskFigure(String number, RiskUnit unit) {

    public RiskFigure {
        Objects.requireNonNull(unit, "unit");
        number = number == null ? "" : number;
        if (!number.isEmpty() && !number.matches("-?[0-9]+(\\.[0-9]{2})?")) {
            throw new IllegalArgumentException("not a plain number: " + number);
        }
    }

    public static RiskFigure percent(Ratio ratio) {
        return percent(ratio.roundedBasisPoints());
    }

    public static RiskFigure percent(long basisPoints) {
        return new RiskFigure(RiskUnit.PERCENT.ofBasisPoints(basisPoints), RiskUnit.PERCENT);
    }

    public static RiskFigure euros(long cents) {
        return new RiskFigure(RiskFormat.euros(cents), RiskUnit.EURO);
    }

    public static RiskFigure count(long count) {
        return new RiskFigure(Long.toString(count), RiskUnit.COUNT);
    }

    public static RiskFigure basisPoints(long basisPoints) {
        return new RiskFigure(Long.toString(basisPoints), RiskUnit.BASIS_POINTS);
    }

    /** Nothing to measure (e.g. no budget): an empty value that still says its unit. */
    public static RiskFigure none(RiskUnit unit) {
        return new RiskFigure("", unit);
    }

    /** {@code 96.20%}, {@code 2722.50}, {@code 3}, {@code +1250}: the value as the overview page prints it. */
    public String text() {
        if (number.isEmpty()) {
            return "";
        }
        return switch (unit) {
            case PERCENT -> number + "%";
            case BASIS_POINTS -> RiskFormat.signedBasisPoints(Long.parseLong(number));
            default -> number;
        };
    }
}
