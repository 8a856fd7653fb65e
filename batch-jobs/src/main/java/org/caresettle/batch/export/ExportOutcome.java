package org.caresettle.batch.export;

import org.caresettle.core.value.Period;

/** What an export of one version did: whether it wrote the workbooks, how many, and a line for the log. */
public record ExportOutcome(Period period, int version, boolean written, int workbooks, String message) {
}
