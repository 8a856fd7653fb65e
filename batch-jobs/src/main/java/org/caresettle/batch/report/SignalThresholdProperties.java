package org.caresettle.batch.report;

import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.report.RiskThresholdProperties.BandProperties;
import org.caresettle.core.signals.CountBand;
import org.caresettle.core.signals.SignalThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of {@code signals.csv} (issue 16 item 3) from configuration ({@code settlement.signals.*});
 * every property left out keeps its value of {@link SignalThresholds#defaults()} (the reasons are in
 * docs/decisions.md). Shares in basis points, "WATCH from, ALERT above":
 * <pre>
 * settlement.signals.rejection-rate.watch-from-bp=1000     .alert-above-bp=2500
 * settlement.signals.rejection-rise.watch-from-bp=500      .alert-above-bp=1500
 * settlement.signals.rejection-min-lines=20
 * settlement.signals.at-cap.watch-from-bp=5000             .alert-above-bp=8000
 * settlement.signals.at-cap-min-lines=20
 * settlement.signals.credit-redeclared.watch-from=3        .alert-above=10
 * settlement.signals.cost-above-median.watch-from-bp=15000 .alert-above-bp=20000
 * settlement.signals.cost-min-providers=3
 * settlement.signals.achieved-soon-days=30
 * settlement.signals.achieved-soon.watch-from-bp=2500      .alert-above-bp=5000
 * settlement.signals.many-providers.watch-from=3           .alert-above=4
 * </pre>
 */
@ConfigurationProperties("settlement.signals")
public class SignalThresholdProperties {

    private static final SignalThresholds DEFAULTS = SignalThresholds.defaults();

    private final BandProperties rejectionRate = new BandProperties(DEFAULTS.rejectionRate());
    private final BandProperties rejectionRise = new BandProperties(DEFAULTS.rejectionRise());
    private long rejectionMinLines = DEFAULTS.rejectionMinLines();
    private final BandProperties atCap = new BandProperties(DEFAULTS.atCap());
    private long atCapMinLines = DEFAULTS.atCapMinLines();
    private final CountProperties creditRedeclared = new CountProperties(DEFAULTS.creditRedeclared());
    private final BandProperties costAboveMedian = new BandProperties(DEFAULTS.costAboveMedian());
    private int costMinProviders = DEFAULTS.costMinProviders();
    private int achievedSoonDays = DEFAULTS.achievedSoonDays();
    private final BandProperties achievedSoon = new BandProperties(DEFAULTS.achievedSoon());
    private final CountProperties manyProviders = new CountProperties(DEFAULTS.manyProviders());

    /** The configured thresholds; a contradictory configuration refuses the run (exit 2) naming the rule. */
    public SignalThresholds thresholds() {
        try {
            return new SignalThresholds(rejectionRate.band(), rejectionRise.band(), rejectionMinLines, atCap.band(),
                    atCapMinLines, creditRedeclared.band(), costAboveMedian.band(), costMinProviders, achievedSoonDays,
                    achievedSoon.band(), manyProviders.band());
        } catch (IllegalArgumentException e) {
            throw new RefusedException("settlement.signals.* thresholds: " + e.getMessage());
        }
    }

    public BandProperties getRejectionRate() {
        return rejectionRate;
    }

    public BandProperties getRejectionRise() {
        return rejectionRise;
    }

    public long getRejectionMinLines() {
        return rejectionMinLines;
    }

    public void setRejectionMinLines(long rejectionMinLines) {
        this.rejectionMinLines = rejectionMinLines;
    }

    public BandProperties getAtCap() {
        return atCap;
    }

    public long getAtCapMinLines() {
        return atCapMinLines;
    }

    public void setAtCapMinLines(long atCapMinLines) {
        this.atCapMinLines = atCapMinLines;
    }

    public CountProperties getCreditRedeclared() {
        return creditRedeclared;
    }

    public BandProperties getCostAboveMedian() {
        return costAboveMedian;
    }

    public int getCostMinProviders() {
        return costMinProviders;
    }

    public void setCostMinProviders(int costMinProviders) {
        this.costMinProviders = costMinProviders;
    }

    public int getAchievedSoonDays() {
        return achievedSoonDays;
    }

    public void setAchievedSoonDays(int achievedSoonDays) {
        this.achievedSoonDays = achievedSoonDays;
    }

    public BandProperties getAchievedSoon() {
        return achievedSoon;
    }

    public CountProperties getManyProviders() {
        return manyProviders;
    }

    /** Thresholds on a count: WATCH from, ALERT above. */
    public static class CountProperties {

        private long watchFrom;
        private long alertAbove;

        CountProperties(CountBand defaults) {
            this.watchFrom = defaults.watchFrom();
            this.alertAbove = defaults.alertAbove();
        }

        CountBand band() {
            return new CountBand(watchFrom, alertAbove);
        }

        public long getWatchFrom() {
            return watchFrom;
        }

        public void setWatchFrom(long watchFrom) {
            this.watchFrom = watchFrom;
        }

        public long getAlertAbove() {
            return alertAbove;
        }

        public void setAlertAbove(long alertAbove) {
            this.alertAbove = alertAbove;
        }
    }
}
