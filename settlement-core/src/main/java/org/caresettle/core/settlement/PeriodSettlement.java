package org.caresettle.core.settlement;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Period;

/**
 * The settlement of a period as a pure function (ARCHITECTURE.md, the Kill Bill lesson): accepted
 * lines, reference data and the previous version in, statements and corrections out, nothing
 * written. The lines stream through accumulators keyed by invoice line and release group, so a
 * national month needs memory for its statements, not for its lines. The result has passed
 * {@link SettlementInvariants} before it is returned.
 */
public final class PeriodSettlement {

    private PeriodSettlement() {
    }

    public static Settlement settle(SettlementRequest request) {
        Period period = request.period();
        LinePricer pricer = new LinePricer(request.reference());
        DirectCosts direct = new DirectCosts();
        ReleaseGroups groups = new ReleaseGroups(period);
        Map<MunicipalityCode, String> regionOf = new HashMap<>();
        long directCents = 0;
        long withheldCents = 0;
        long lineCount = 0;

        Iterator<AcceptedLine> lines = request.lines();
        while (lines.hasNext()) {
            AcceptedLine line = lines.next();
            if (outsideRequest(request, line)) {
                continue;
            }
            int position = line.declarationPeriod().compareTo(period);
            PricedLine priced;
            try {
                priced = pricer.price(line);
            } catch (UnpriceableLineException e) {
                if (position > 0) {
                    // A later period's problem must not block this one; such a line only ever votes (SPEC 7.2).
                    continue;
                }
                throw e;
            }
            if (position == 0) {
                direct.add(priced);
                regionOf.put(line.municipality(), priced.regionCode());
                directCents = Math.addExact(directCents, priced.costCents());
                withheldCents = Math.addExact(withheldCents, priced.withheldCents());
                lineCount++;
            } else if (position < 0) {
                regionOf.put(line.municipality(), priced.regionCode());
            }
            groups.add(priced);
        }

        List<Release> releases = groups.releases(request.reference());
        Map<MunicipalityCode, Long> pooled = new HashMap<>(direct.pooled());
        long releaseCents = 0;
        for (Release release : releases) {
            releaseCents = Math.addExact(releaseCents, release.bookedCents());
            if (release.pooled()) {
                pooled.merge(release.group().municipality(), release.bookedCents(), Math::addExact);
            }
        }
        RegionPooling.Result pooling = RegionPooling.apply(period, request.reference(), pooled, regionOf, request::covers);
        long availabilityCents = 0;
        for (RegionPooling.SharedArrangement shared : pooling.availability()) {
            availabilityCents = Math.addExact(availabilityCents, shared.shares().amountCents());
        }

        StatementAssembler assembler = new StatementAssembler(period, request.version());
        assembler.addDirect(direct.lines(), regionOf);
        assembler.addReleases(releases, regionOf);
        assembler.addAvailability(pooling.availability());
        assembler.addPools(pooling.pools());
        List<Invoice> invoices = assembler.invoices();

        Optional<List<Correction>> corrections = request.previousInvoiceLines().map(previous ->
                Corrections.between(previous, invoices.stream().flatMap(i -> i.lines().stream()).toList()));
        Settlement settlement = new Settlement(period, request.version(), invoices, assembler.payments(), releases,
                pooling.pools(),
                pooling.availability().stream().map(RegionPooling.SharedArrangement::shares).toList(),
                corrections,
                new SettlementTotals(directCents, releaseCents, availabilityCents, withheldCents, lineCount));
        SettlementInvariants.check(settlement);
        return settlement;
    }

    /**
     * A line of a municipality of a region the request does not cover. A line whose municipality is
     * in no region stays in: pricing refuses it, in every part as in the whole.
     */
    private static boolean outsideRequest(SettlementRequest request, AcceptedLine line) {
        return request.regions().isPresent()
                && request.reference().regionOf(line.municipality()).map(region -> !request.covers(region)).orElse(false);
    }
}
