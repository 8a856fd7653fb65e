package org.caresettle.core.signals;

import org.caresettle.core.risk.RiskLevel;

/** A row of {@code signals.csv}: one signal of one provider. */
public record SignalRow(String providerAgb, Signal signal, String value, String threshold, RiskLevel level,
        String detail) {
}
