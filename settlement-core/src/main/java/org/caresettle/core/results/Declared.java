package org.caresettle.core.results;

import org.caresettle.core.value.Period;

/** An allocation with an accepted debit line in the declarations of a period: one trajectory in that month. */
public record Declared(String municipality, String allocationNumber, ProductKey product, Period period) {
}
