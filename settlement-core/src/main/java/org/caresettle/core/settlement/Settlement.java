package org.caresettle.core.settlement;

import java.util.List;
import java.util.Optional;
import org.caresettle.core.pooling.AvailabilityShares;
import org.caresettle.core.pooling.RegionPool;
import org.caresettle.core.value.Period;

/**
 * The settlement of a period, version N: what the shell writes as statements, nothing written yet.
 * Everything is sorted, so equal inputs give equal settlements. {@code releases} lists the release
 * groups with a non-zero release, {@code pools} the regions whose key was applied (for the risk
 * report's pooling exposure), {@code corrections} is empty for a first version.
 */
public record Settlement(
        Period period,
        int version,
        List<Invoice> invoices,
        List<PaymentStatement> payments,
        List<Release> releases,
        List<RegionPool> pools,
        List<AvailabilityShares> availability,
        Optional<List<Correction>> corrections,
        SettlementTotals totals) {

    public Settlement {
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
        releases = List.copyOf(releases);
        pools = List.copyOf(pools);
        availability = List.copyOf(availability);
        corrections = corrections.map(List::copyOf);
    }

    /** Every invoice line of every municipality, in invoice order: the next version's previous lines. */
    public List<StatementLine> invoiceLines() {
        return invoices.stream().flatMap(invoice -> invoice.lines().stream()).toList();
    }
}
