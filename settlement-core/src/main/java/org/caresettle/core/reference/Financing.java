package org.caresettle.core.reference;

/** How an arrangement pays (SPEC 3 and 7). */
public enum Financing {
    /** Inspanningsgericht: a tariff per unit of effort. */
    PERFORMANCE,
    /** Outputgericht: a tariff per result, part withheld until the outcome. */
    RESULT,
    /** Taakgericht: a lump sum per year, no client declarations. */
    AVAILABILITY
}
