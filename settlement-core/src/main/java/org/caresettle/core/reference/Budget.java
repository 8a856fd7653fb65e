package org.caresettle.core.reference;

import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;

/** A row of {@code budgets.csv}: a municipality's budget for one law and year. */
public record Budget(MunicipalityCode municipality, int year, Law law, long budgetCents) {
}
