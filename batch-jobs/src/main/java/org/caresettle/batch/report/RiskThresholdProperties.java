package org.caresettle.batch.report;

import org.caresettle.batch.exit.RefusedException;
import org.caresettle.core.risk.Band;
import org.caresettle.core.risk.RiskThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The thresholds of the risk report from configuration ({@code settlement.risk.*}); every property
 * left out keeps its value of {@link RiskThresholds#DEFAULTS}. Bands are in basis points and read
 * "WATCH from, ALERT above" (see {@link Band}):
 * <pre>
 * settlement.risk.budget-forecast.watch-from-bp=9500          .alert-above-bp=10500
 * settlement.risk.pooling-exposure.watch-from-bp=500          .alert-above-bp=1000
 * settlement.risk.high-cost-client-cents=10000000
 * settlement.risk.high-cost-share.watch-from-bp=2500          .alert-above-bp=5000
 * settlement.risk.allocation-use.watch-from-bp=9000           .alert-above-bp=10000
 * settlement.risk.rejection-rate.watch-from-bp=1000           .alert-above-bp=2500
 * settlement.risk.rejection-min-lines=1
 * settlement.risk.cost-per-client-change.watch-from-bp=1000   .alert-above-bp=2500
 * settlement.risk.cost-above-median.watch-from-bp=15000       .alert-above-bp=20000
 * </pre>
 * A JavaBean with mutable fields because Spring binds each property that is given into a value that
 * already holds the default, so a region that changes one threshold need not repeat the others.
 */
@ConfigurationProperties("settlement.risk")
public class RiskThresholdProperties {

    private static final RiskThresholds DEFAULTS = RiskThresholds.DEFAULTS;

    private final BandProperties budgetForecast = new BandProperties(DEFAULTS.budgetForecast());
    private final BandProperties poolingExposure = new BandProperties(DEFAULTS.poolingExposure());
    private long highCostClientCents = DEFAULTS.highCostClientCents();
    private final BandProperties highCostShare = new BandProperties(DEFAULTS.highCostShare());
    private final BandProperties allocationUse = new BandProperties(DEFAULTS.allocationUse());
    private final BandProperties rejectionRate = new BandProperties(DEFAULTS.rejectionRate());
    private long rejectionMinLines = DEFAULTS.rejectionMinLines();
    private final BandProperties costPerClientChange = new BandProperties(DEFAULTS.costPerClientChange());
    private final BandProperties costAboveMedian = new BandProperties(DEFAULTS.costAboveMedian());

    /** The configured thresholds; a contradictory configuration refuses the run (exit 2) naming the rule. */
    public RiskThresholds thresholds() {
        try {
            return new RiskThresholds(budgetForecast.band(), poolingExposure.band(), highCostClientCents,
                    highCostShare.band(), allocationUse.band(), rejectionRate.band(), rejectionMinLines,
                    costPerClientChange.band(), costAboveMedian.band());
        } catch (IllegalArgumentException e) {
            throw new RefusedException("settlement.risk.* thresholds: " + e.getMessage());
        }
    }

    public BandProperties getBudgetForecast() {
        return budgetForecast;
    }

    public BandProperties getPoolingExposure() {
        return poolingExposure;
    }

    public long getHighCostClientCents() {
        return highCostClientCents;
    }

    public void setHighCostClientCents(long highCostClientCents) {
        this.highCostClientCents = highCostClientCents;
    }

    public BandProperties getHighCostShare() {
        return highCostShare;
    }

    public BandProperties getAllocationUse() {
        return allocationUse;
    }

    public BandProperties getRejectionRate() {
        return rejectionRate;
    }

    public long getRejectionMinLines() {
        return rejectionMinLines;
    }

    public void setRejectionMinLines(long rejectionMinLines) {
        this.rejectionMinLines = rejectionMinLines;
    }

    public BandProperties getCostPerClientChange() {
        return costPerClientChange;
    }

    public BandProperties getCostAboveMedian() {
        return costAboveMedian;
    }

    /** One band's two thresholds in basis points. */
    public static class BandProperties {

        private long watchFromBp;
        private long alertAboveBp;

        BandProperties(Band defaults) {
            this.watchFromBp = defaults.watchFromBp();
            this.alertAboveBp = defaults.alertAboveBp();
        }

        Band band() {
            return new Band(watchFromBp, alertAboveBp);
        }

        public long getWatchFromBp() {
            return watchFromBp;
        }

        public void setWatchFromBp(long watchFromBp) {
            this.watchFromBp = watchFromBp;
        }

        public long getAlertAboveBp() {
            return alertAboveBp;
        }

        public void setAlertAboveBp(long alertAboveBp) {
            this.alertAboveBp = alertAboveBp;
        }
    }
}
