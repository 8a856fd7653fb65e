package org.caresettle.core.signals;

/** Why a signal was not rated (its level is then OK): a reason code readers put in their own words. */
public enum NotRated {
    /** {@link Signal#REJECTION_RATE}: fewer lines in P than the minimum. */
    TOO_FEW_LINES,
    /** {@link Signal#AT_VOLUME_CAP}: fewer accepted debit lines in P than the minimum. */
    TOO_FEW_ACCEPTED_LINES,
    /** {@link Signal#COST_ABOVE_REGION_MEDIAN}: no product of the provider has enough providers in its region. */
    TOO_FEW_PROVIDERS,
    /** {@link Signal#ACHIEVED_SOON}: no ACHIEVED outcome on the provider's allocations this year. */
    NO_ACHIEVED
}
