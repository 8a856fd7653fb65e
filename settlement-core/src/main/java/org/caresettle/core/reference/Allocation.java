package org.caresettle.core.reference;

import java.time.LocalDate;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Bsn;
import org.caresettle.core.value.Frequency;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;
import org.caresettle.core.value.Unit;

/**
 * A row of {@code allocations.csv}: a municipality's order to a provider to deliver a product
 * to a client. The allocation number is unique per municipality. A {@code null} product code
 * allows every code of the category; {@code endDate} and {@code budgetCents} may be {@code null}.
 */
public record Allocation(
        String allocationNumber,
        MunicipalityCode municipality,
        Bsn bsn,
        AgbCode providerAgb,
        Product product,
        LocalDate startDate,
        LocalDate endDate,
        long volume,
        Unit unit,
        Frequency frequency,
        Long budgetCents,
        AllocationStatus status) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }
}
