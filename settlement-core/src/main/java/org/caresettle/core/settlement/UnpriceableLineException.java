package org.caresettle.core.settlement;

/**
 * An accepted line that the reference data now in force cannot price: its municipality has no
 * region, or no arrangement (or only an AVAILABILITY one) governs it on its product start. Lines
 * are accepted once at ingest, so this means the reference data changed since; pricing the line
 * some other way would pay a provider on a contract nobody has.
 */
public class UnpriceableLineException extends SettlementRefusedException {

    private final long lineId;

    public UnpriceableLineException(long lineId, String why) {
        super("accepted line " + lineId + " cannot be priced: " + why);
        this.lineId = lineId;
    }

    public long lineId() {
        return lineId;
    }
}
