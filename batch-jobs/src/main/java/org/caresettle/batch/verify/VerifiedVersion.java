package org.caresettle.batch.verify;

import org.caresettle.core.value.Period;

/** What {@code verify} found to hold, for its one line of output. */
public record VerifiedVersion(Period period, int version, int invoices, int payments, int files, long invoiced, long paid,
        long direct, long releases, long availability, int corrections) {

    public String describe() {
        return "verified v" + version + " of " + period + ": " + invoices + " invoices, " + payments + " payments, "
                + files + " files in the manifest with matching rows, totals and SHA-256; invoice TOTALs " + invoiced
                + " = payment TOTALs " + paid + " = DIRECT " + direct + " + OUTCOME_RELEASE " + releases
                + " + AVAILABILITY " + availability + " cents; pooling adjustments sum to 0"
                + (version > 1 ? "; " + corrections + " corrections match v" + (version - 1) : "");
    }
}
