package org.caresettle.core.settlement;

import org.caresettle.core.pricing.ResultWithholding;
import org.caresettle.core.reference.Arrangement;
import org.caresettle.core.reference.Financing;
import org.caresettle.core.reference.ProductDefinition;
import org.caresettle.core.reference.ReferenceData;
import org.caresettle.core.value.BasisPoints;

/** Prices one accepted line by the arrangement rule 0611 finds for it (SPEC 7.1, 7.2). */
public final class LinePricer {

    private final ReferenceData reference;

    public LinePricer(ReferenceData reference) {
        this.reference = reference;
    }

    public PricedLine price(AcceptedLine line) {
        String region = reference.regionOf(line.municipality()).orElseThrow(() -> new UnpriceableLineException(
                line.lineId(), "municipality " + line.municipality() + " is not in municipalities.csv"));
        Arrangement arrangement = reference.arrangementFor(line.provider(), region, line.product(), line.productStart())
                .orElseThrow(() -> new UnpriceableLineException(line.lineId(), "no arrangement of provider "
                        + line.provider() + " in region " + region + " for " + line.product()
                        + " valid on " + line.productStart()));
        // Price the unsigned amount and sign the result: the rounding is then the debit's, mirrored.
        long withheld = switch (arrangement.financing()) {
            case PERFORMANCE -> 0;
            case RESULT -> ResultWithholding.withheld(line.amountCents(), withholdOf(arrangement));
            case AVAILABILITY -> throw new UnpriceableLineException(line.lineId(), "arrangement "
                    + arrangement.arrangementId() + " for " + line.product() + " is AVAILABILITY, which has no client lines");
        };
        long sign = line.dc().sign();
        long cost = Math.subtractExact(line.amountCents(), withheld);
        boolean pooled = reference.product(line.product()).map(ProductDefinition::pooled).orElse(false);
        return new PricedLine(line, region, arrangement, sign * cost, sign * withheld, pooled);
    }

    static BasisPoints withholdOf(Arrangement arrangement) {
        return arrangement.withhold() == null ? BasisPoints.ZERO : arrangement.withhold();
    }

    static BasisPoints partialReleaseOf(Arrangement arrangement) {
        return arrangement.financing() != Financing.RESULT || arrangement.partialRelease() == null
                ? BasisPoints.ZERO : arrangement.partialRelease();
    }
}
