package org.caresettle.core.signals;

/** The signals of {@code signals.csv}, in the order of its rows for each provider. */
public enum Signal {
    /** Rejected lines of P's declarations, and the rise against P − 1. */
    REJECTION_RATE,
    /** Accepted debit lines declared at exactly the allocation's monthly volume. */
    AT_VOLUME_CAP,
    /** Credits of P whose line was declared again afterwards (same allocation, product and dates). */
    CREDIT_REDECLARED,
    /** Cost per client of a product against the median of the region's providers of that product. */
    COST_ABOVE_REGION_MEDIAN,
    /** Outcomes ACHIEVED reported soon after the allocation started. */
    ACHIEVED_SOON,
    /** Clients declared in P by this provider and by many others. */
    CLIENT_MANY_PROVIDERS
}
