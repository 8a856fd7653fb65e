package org.caresettle.core.risk;

/** How worried a reader should be, declared from least to most so that the worst is the maximum. */
public enum RiskLevel {
    OK,
    WATCH,
    ALERT;

    public RiskLevel worst(RiskLevel other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
