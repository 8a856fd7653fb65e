package org.caresettle.core.settlement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.caresettle.core.pooling.AvailabilityShares;
import org.caresettle.core.pooling.RegionPool;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * The settlement of a period put together from its parts, each settled for a disjoint set of
 * regions ({@link SettlementRequest#part}). It equals the settlement of the whole: invoices are per
 * municipality and a municipality lies in one region, so they only need to be put in order; a
 * provider's payment statement takes its lines from every part (each line names its municipality,
 * so none is in two parts) and gets its TOTAL anew; releases, pools and availability shares are
 * put in the order the whole would give them; totals add; and the corrections are computed here,
 * against the whole previous version. The invariants are checked on the result.
 */
public final class SettlementMerge {

    private SettlementMerge() {
    }

    /**
     * @param parts    settled without previous lines, for pairwise disjoint sets of regions, all of
     *                 {@code period} and {@code version}; none for a period without any region to settle
     * @param previous all invoice lines of the previous version, or empty for a first version
     */
    public static Settlement merge(Period period, int version, List<Settlement> parts,
            Optional<List<StatementLine>> previous) {
        SortedMap<MunicipalityCode, Invoice> invoices = new TreeMap<>();
        SortedMap<AgbCode, List<StatementLine>> paymentLines = new TreeMap<>();
        List<Release> releases = new ArrayList<>();
        List<RegionPool> pools = new ArrayList<>();
        List<AvailabilityShares> availability = new ArrayList<>();
        SettlementTotals totals = new SettlementTotals(0, 0, 0, 0, 0);
        for (Settlement part : parts) {
            requireMergeable(part, period, version);
            for (Invoice invoice : part.invoices()) {
                if (invoices.put(invoice.municipality(), invoice) != null) {
                    throw new IllegalArgumentException("municipality " + invoice.municipality()
                            + " is invoiced in two parts: the parts' regions overlap");
                }
            }
            for (PaymentStatement payment : part.payments()) {
                List<StatementLine> lines = paymentLines.computeIfAbsent(payment.provider(), p -> new ArrayList<>());
                lines.addAll(payment.lines().subList(0, payment.lines().size() - 1));
            }
            releases.addAll(part.releases());
            pools.addAll(part.pools());
            availability.addAll(part.availability());
            totals = add(totals, part.totals());
        }
        releases.sort(Comparator.comparing(Release::group));
        pools.sort(Comparator.comparing(pool -> pool.key().regionCode()));
        availability.sort(Comparator.comparing(AvailabilityShares::arrangementId));

        List<Invoice> invoiceList = List.copyOf(invoices.values());
        Optional<List<Correction>> corrections = previous.map(lines -> Corrections.between(lines,
                invoiceList.stream().flatMap(invoice -> invoice.lines().stream()).toList()));
        Settlement merged = new Settlement(period, version, invoiceList, payments(period, version, paymentLines),
                releases, pools, availability, corrections, totals);
        SettlementInvariants.check(merged);
        return merged;
    }

    private static void requireMergeable(Settlement part, Period period, int version) {
        if (!part.period().equals(period) || part.version() != version) {
            throw new IllegalArgumentException("a part of " + part.period() + " v" + part.version()
                    + " cannot be merged into " + period + " v" + version);
        }
        if (part.corrections().isPresent()) {
            throw new IllegalArgumentException("a part carries corrections: parts are settled without previous"
                    + " lines, the merge computes the corrections of the whole");
        }
    }

    private static List<PaymentStatement> payments(Period period, int version,
            SortedMap<AgbCode, List<StatementLine>> linesByProvider) {
        List<PaymentStatement> payments = new ArrayList<>();
        for (Map.Entry<AgbCode, List<StatementLine>> entry : linesByProvider.entrySet()) {
            List<StatementLine> lines = entry.getValue();
            lines.sort((a, b) -> StatementLineKey.PAYMENT_ORDER.compare(a.key(), b.key()));
            lines.add(StatementAssembler.total(
                    new StatementLineKey(LineType.TOTAL, null, entry.getKey(), null, null, null, null, null), lines));
            payments.add(new PaymentStatement(entry.getKey(), period, version, lines));
        }
        return payments;
    }

    private static SettlementTotals add(SettlementTotals a, SettlementTotals b) {
        return new SettlementTotals(
                Math.addExact(a.directCents(), b.directCents()),
                Math.addExact(a.releaseCents(), b.releaseCents()),
                Math.addExact(a.availabilityCents(), b.availabilityCents()),
                Math.addExact(a.withheldCents(), b.withheldCents()),
                Math.addExact(a.lineCount(), b.lineCount()));
    }
}
