package org.caresettle.core.reference;

import java.time.LocalDate;
import org.caresettle.core.value.MunicipalityCode;

/** A row of {@code outcomes.csv}: at most one outcome per allocation. */
public record Outcome(String allocationNumber, MunicipalityCode municipality, LocalDate reportedOn, OutcomeKind outcome) {
}
