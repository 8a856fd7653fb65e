package org.caresettle.batch.settle;

import org.caresettle.core.value.Period;

/** What a settle of one period did: the version now in force, whether it was written, and what to print. */
public record SettleOutcome(Period period, int version, boolean written, String message) {
}
