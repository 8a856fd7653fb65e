package org.caresettle.core.settlement;

/** SPEC 8: a region with pooled costs or availability amounts in the period but no key for its year. */
public class MissingPoolingKeyException extends SettlementRefusedException {

    private final String regionCode;
    private final int year;

    public MissingPoolingKeyException(String regionCode, int year, String why) {
        super("region " + regionCode + " has no pooling key for " + year + " but has " + why);
        this.regionCode = regionCode;
        this.year = year;
    }

    public String regionCode() {
        return regionCode;
    }

    public int year() {
        return year;
    }
}
