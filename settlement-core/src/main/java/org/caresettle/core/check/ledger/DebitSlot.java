package org.caresettle.core.check.ledger;

import java.time.LocalDate;
import org.caresettle.core.value.Product;

/**
 * What rule 9389 compares: an allocation, a product and exactly one product period. Two
 * accepted, not credited debits may not share a slot.
 */
public record DebitSlot(AllocationRef allocation, Product product, LocalDate productStart, LocalDate productEnd) {
}
