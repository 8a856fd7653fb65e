package org.caresettle.core.reference;

/** The reported result of an allocation (SPEC 7.2). */
public enum OutcomeKind {
    ACHIEVED,
    PARTIAL,
    NOT_ACHIEVED
}
