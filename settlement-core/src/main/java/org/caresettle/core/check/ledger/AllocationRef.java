package org.caresettle.core.check.ledger;

import org.caresettle.core.value.MunicipalityCode;

/** An allocation named as a declaration names it: the number is unique per municipality. */
public record AllocationRef(MunicipalityCode municipality, String allocationNumber) {
}
