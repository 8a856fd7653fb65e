package org.caresettle.core.settlement;

/** The kinds of statement line, declared in the order SPEC 9 puts them on an invoice. */
public enum LineType {
    /** Accepted lines of the period: cost now, RESULT lines less their withheld part. */
    DIRECT,
    /** Withheld RESULT money released (or taken back) on an outcome. */
    OUTCOME_RELEASE,
    /** A municipality's share of an AVAILABILITY arrangement's month amount. */
    AVAILABILITY,
    /** share(m) − pooled(m) of the region's youth-care pool; invoices only. */
    POOLING_ADJUSTMENT,
    /** The sum of the statement's other lines. */
    TOTAL
}
