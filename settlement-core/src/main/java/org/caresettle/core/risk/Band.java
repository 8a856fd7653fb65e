package org.caresettle.core.risk;

/**
 * The two thresholds of an indicator in basis points, read the way SPEC 11 reads the budget
 * forecast: WATCH <em>from</em> {@code watchFromBp} (inclusive), ALERT <em>above</em>
 * {@code alertAboveBp} (exclusive). Every indicator uses this one reading so that a threshold
 * in the configuration never needs a footnote. Not {@code BasisPoints}: thresholds exceed 100 %.
 */
public record Band(long watchFromBp, long alertAboveBp) {

    public Band {
        if (watchFromBp > alertAboveBp) {
            throw new IllegalArgumentException("WATCH threshold " + watchFromBp
                    + " bp lies above the ALERT threshold " + alertAboveBp + " bp");
        }
    }

    public RiskLevel level(Ratio value) {
        if (value.compareTo(Ratio.ofBasisPoints(alertAboveBp)) > 0) {
            return RiskLevel.ALERT;
        }
        if (value.compareTo(Ratio.ofBasisPoints(watchFromBp)) >= 0) {
            return RiskLevel.WATCH;
        }
        return RiskLevel.OK;
    }

    /** A threshold in words, as the provider signals give it: {@code 95.00%/105.00%}. */
    public String describePercent() {
        return RiskFormat.percent(watchFromBp) + "/" + RiskFormat.percent(alertAboveBp);
    }

    /** A change's threshold in words, as the provider signals give it: {@code +1000/+2500 bp}. */
    public String describeChange() {
        return RiskFormat.signedBasisPoints(watchFromBp) + "/" + RiskFormat.signedBasisPoints(alertAboveBp) + " bp";
    }
}
