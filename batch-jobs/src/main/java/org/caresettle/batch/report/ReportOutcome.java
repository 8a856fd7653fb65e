package org.caresettle.batch.report;

import org.caresettle.core.value.Period;

/** What a report run did for a period: how many risk files, whether the folder changed, and one line to print. */
public record ReportOutcome(Period period, int municipalities, boolean written, String message) {
}
