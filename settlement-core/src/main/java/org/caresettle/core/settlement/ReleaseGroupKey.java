package org.caresettle.core.settlement;

import java.util.Comparator;
import org.caresettle.core.value.AgbCode;
import org.caresettle.core.value.MunicipalityCode;
import org.caresettle.core.value.Product;

/**
 * What withheld RESULT money is counted and released per (SPEC 7.2): an allocation (numbers are
 * unique per municipality) and a product code. The provider is part of the key so that money
 * withheld from one provider can only ever be released to that provider, even if the allocation
 * changed hands in the reference data; for consistent data it splits nothing.
 */
public record ReleaseGroupKey(MunicipalityCode municipality, String allocationNumber, AgbCode provider, Product product)
        implements Comparable<ReleaseGroupKey> {

    private static final Comparator<ReleaseGroupKey> ORDER = Comparator.comparing(ReleaseGroupKey::municipality)
            .thenComparing(ReleaseGroupKey::allocationNumber)
            .thenComparing(ReleaseGroupKey::provider)
            .thenComparing(ReleaseGroupKey::product);

    static ReleaseGroupKey of(AcceptedLine line) {
        return new ReleaseGroupKey(line.municipality(), line.allocationNumber(), line.provider(), line.product());
    }

    @Override
    public int compareTo(ReleaseGroupKey other) {
        return ORDER.compare(this, other);
    }
}
