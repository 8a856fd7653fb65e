package org.caresettle.core.risk;

/**
 * The unit of a number in {@code risk_<municipality>.csv} (issue 15): the {@code unit} of a value and the
 * {@code threshold_unit} of its thresholds, so a column holds numbers only and can be filtered and summed.
 */
public enum RiskUnit {
    /** Hundredths, two decimals: {@code 96.20} is 96.20 %. */
    PERCENT("percent"),
    /** Euros with two decimals, as {@code amount_eur} on the invoices. */
    EURO("euro"),
    /** A whole number of clients, allocations or providers. */
    COUNT("count"),
    /** Whole basis points, 10000 = 100 %; a change may be negative. */
    BASIS_POINTS("basis_points");

    private final String column;

    RiskUnit(String column) {
        this.column = column;
    }

    /** The unit as the CSV writes it. */
    public String column() {
        return column;
    }

    /** A quantity in basis points as a number of this unit: {@code 9500} is {@code 95.00} percent. */
    String ofBasisPoints(long basisPoints) {
        return switch (this) {
            case PERCENT -> RiskFormat.percent(basisPoints).replace("%", "");
            case BASIS_POINTS -> Long.toString(basisPoints);
            default -> throw new IllegalArgumentException("a threshold in basis points cannot be given in " + column);
        };
    }
}
