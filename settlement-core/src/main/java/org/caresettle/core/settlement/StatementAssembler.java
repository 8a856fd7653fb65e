package org.caresettle.core.settlement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.caresettle.core.pooling.PooledShare;
import org.caresettle.core.pooling.RegionPool;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.Law;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;
import org.caresettle.core.value.Product;

/**
 * Puts the period's lines on invoices and payment statements (SPEC 9). A municipality gets an
 * invoice when it has a line of its own or its region's key was applied (it then carries a share);
 * every invoice has exactly one POOLING_ADJUSTMENT line, 0 when its region was not pooled, so that
 * the invoice layout never depends on whether pooling happened.
 */
final class StatementAssembler {

    private final Period period;
    private final int version;
    private final Map<StatementLineKey, LineSum> sums = new HashMap<>();
    private final Map<MunicipalityCode, String> regionOf = new HashMap<>();

    StatementAssembler(Period period, int version) {
        this.period = period;
        this.version = version;
    }

    void addDirect(List<StatementLine> lines, Map<MunicipalityCode, String> regions) {
        for (StatementLine line : lines) {
            put(line.key(), line.lineCount(), line.volume(), line.withheldCents(), line.amountCents());
            regionOf.put(line.key().municipality(), regions.get(line.key().municipality()));
        }
    }

    void addReleases(List<Release> releases, Map<MunicipalityCode, String> regions) {
        for (Release release : releases) {
            ReleaseGroupKey group = release.group();
            Product product = group.product();
            StatementLineKey key = new StatementLineKey(LineType.OUTCOME_RELEASE, group.municipality(),
                    group.provider(), product.law(), product.category(), product.code(), Financing.RESULT, null);
            put(key, 1, null, 0, release.bookedCents());
            regionOf.put(group.municipality(), regions.get(group.municipality()));
        }
    }

    void addAvailability(List<RegionPooling.SharedArrangement> availability) {
        for (RegionPooling.SharedArrangement shared : availability) {
            Product product = shared.arrangement().product();
            shared.shares().parts().forEach((municipality, cents) -> {
                StatementLineKey key = new StatementLineKey(LineType.AVAILABILITY, municipality,
                        shared.arrangement().providerAgb(), product.law(), product.category(), product.code(),
                        Financing.AVAILABILITY, null);
                put(key, 0, null, 0, cents);
                regionOf.put(municipality, shared.arrangement().regionCode());
            });
        }
    }

    void addPools(List<RegionPool> pools) {
        for (RegionPool pool : pools) {
            for (PooledShare share : pool.shares()) {
                put(adjustmentKey(share.municipality()), 0, null, 0, share.adjustmentCents());
                regionOf.put(share.municipality(), pool.key().regionCode());
            }
        }
    }

    List<Invoice> invoices() {
        SortedMap<MunicipalityCode, List<StatementLine>> byMunicipality = new TreeMap<>();
        sums.forEach((key, sum) -> byMunicipality.computeIfAbsent(key.municipality(), m -> new ArrayList<>())
                .add(sum.toLine(key)));
        List<Invoice> invoices = new ArrayList<>();
        byMunicipality.forEach((municipality, lines) -> {
            if (lines.stream().noneMatch(line -> line.type() == LineType.POOLING_ADJUSTMENT)) {
                lines.add(new StatementLine(adjustmentKey(municipality), 0, null, 0, 0));
            }
            lines.sort((a, b) -> StatementLineKey.INVOICE_ORDER.compare(a.key(), b.key()));
            lines.add(total(new StatementLineKey(LineType.TOTAL, municipality, null, null, null, null, null, null), lines));
            invoices.add(new Invoice(municipality, regionOf.get(municipality), period, version, lines));
        });
        return invoices;
    }

    List<PaymentStatement> payments() {
        SortedMap<AgbCode, List<StatementLine>> byProvider = new TreeMap<>();
        sums.forEach((key, sum) -> {
            if (key.provider() != null) {
                byProvider.computeIfAbsent(key.provider(), p -> new ArrayList<>()).add(sum.toLine(key));
            }
        });
        List<PaymentStatement> payments = new ArrayList<>();
        byProvider.forEach((provider, lines) -> {
            lines.sort((a, b) -> StatementLineKey.PAYMENT_ORDER.compare(a.key(), b.key()));
            lines.add(total(new StatementLineKey(LineType.TOTAL, null, provider, null, null, null, null, null), lines));
            payments.add(new PaymentStatement(provider, period, version, lines));
        });
        return payments;
    }

    static StatementLineKey adjustmentKey(MunicipalityCode municipality) {
        return new StatementLineKey(LineType.POOLING_ADJUSTMENT, municipality, null, Law.JW, null, null, null, null);
    }

    private void put(StatementLineKey key, long lines, Long volume, long withheld, long amount) {
        sums.computeIfAbsent(key, k -> new LineSum()).add(lines, volume, withheld, amount);
    }

    /** The TOTAL line of a statement: the sums of its other lines. */
    static StatementLine total(StatementLineKey key, List<StatementLine> lines) {
        LineSum sum = new LineSum();
        for (StatementLine line : lines) {
            sum.add(line.lineCount(), null, line.withheldCents(), line.amountCents());
        }
        return sum.toLine(key);
    }
}
