package org.caresettle.core.risk;

import java.util.Objects;

/**
 * The thresholds of one indicator (issue 15): its {@link Band} as two plain numbers in {@code unit}
 * ({@code watch_from}, {@code alert_above} of the CSV), and {@code measuredOn}, what the level is decided
 * on when that is not the value itself (the pooling adjustment is a euro value, its thresholds a share of
 * the JW budget). {@link #text} is the whole rule in words, for the overview page and the CSV.
 */
public record RiskThreshold(Band band, RiskUnit unit, String measuredOn) {

    public RiskThreshold {
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(unit, "unit");
        measuredOn = measuredOn == null ? "" : measuredOn;
        unit.ofBasisPoints(band.watchFromBp());
    }

    public String watchFrom() {
        return unit.ofBasisPoints(band.watchFromBp());
    }

    public String alertAbove() {
        return unit.ofBasisPoints(band.alertAboveBp());
    }

    /** {@code WATCH from 95.00%, ALERT above 105.00% of the budget}: never starts with a sign. */
    public String text() {
        String rule = unit == RiskUnit.PERCENT
                ? "WATCH from " + RiskFormat.percent(band.watchFromBp()) + ", ALERT above "
                        + RiskFormat.percent(band.alertAboveBp())
                : "WATCH from " + RiskFormat.signedBasisPoints(band.watchFromBp()) + " bp, ALERT above "
                        + RiskFormat.signedBasisPoints(band.alertAboveBp()) + " bp";
        return measuredOn.isEmpty() ? rule : rule + " " + measuredOn;
    }
}
