package org.caresettle.core.signals;

/**
 * A signal's thresholds as numbers: WATCH from {@code watchFrom}, ALERT above {@code alertAbove}, in
 * {@code unit}; for {@link Signal#REJECTION_RATE} also the rise against P − 1 in basis points; the
 * {@code minimum} below which the signal is not rated (lines, accepted lines or providers, by signal); and
 * for {@link Signal#ACHIEVED_SOON} the days within which an outcome is "soon". Absent parts are null.
 */
public record SignalLimits(long watchFrom, long alertAbove, Unit unit, Long riseWatchFromBp, Long riseAlertAboveBp,
        Long minimum, Long withinDays) {

    /** What {@code watchFrom} and {@code alertAbove} count. */
    public enum Unit {
        /** A share: 10 000 = 100 %. */
        BASIS_POINTS,
        /** Credits, or providers per client. */
        COUNT
    }
}
