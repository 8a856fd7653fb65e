package org.caresettle.batch.verify;

import org.caresettle.core.value.Period;

/**
 * What {@code verify} found to hold, for its one line of output. {@code previousCompared} is false
 * when the corrections of a version after the first were not compared with the previous version
 * because its folder is not there ({@code --without-previous}): the line then says so, and never
 * that they match.
 */
public record VerifiedVersion(Period period, int version, int invoices, int payments, int files, long invoiced, long paid,
        long direct, long releases, long availability, int corrections, boolean previousCompared) {

    public String describe() {
        return "verified v" + version + " of " + period + ": " + invoices + " invoices, " + payments + " payments, "
                + files + " files in the manifest with matching rows, totals and SHA-256; invoice TOTALs " + invoiced
                + " = payment TOTALs " + paid + " = DIRECT " + direct + " + OUTCOME_RELEASE " + releases
                + " + AVAILABILITY " + availability + " cents; pooling adjustments sum to 0"
                + (version == 1 ? "" : "; " + corrections + " corrections " + (previousCompared
                        ? "match v" + (version - 1)
                        : "agree with these invoices but were NOT compared with v" + (version - 1) + ": it is not there"
                                + " (--without-previous)"));
    }
}
