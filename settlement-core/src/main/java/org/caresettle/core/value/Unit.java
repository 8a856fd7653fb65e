package org.caresettle.core.value;

/** The unit of a volume (iJw code list WJ756). */
public enum Unit {
    MINUTE("01"),
    HOUR("04"),
    ETMAAL("14"),
    DAGDEEL("16"),
    PIECE_OUTPUT("82"),
    EUROS("83"),
    PIECE_EFFORT("84");

    private final String code;

    Unit(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Unit parse(String text) {
        for (Unit unit : values()) {
            if (unit.code.equals(text)) {
                return unit;
            }
        }
        throw new ValueFormatException("unit must be one of 01, 04, 14, 16, 82, 83, 84: '" + text + "'");
    }

    /**
     * Whether a line in this unit carries no tariff: unit 83 declares euros, its amount is its
     * volume, and a tariff given with it is ignored (SPEC 14).
     */
    public boolean ignoresTariff() {
        return this == EUROS;
    }

    /** {@link #ignoresTariff()} for a unit code as declared; a code that is no unit does not ignore it. */
    public static boolean ignoresTariff(String code) {
        return EUROS.code.equals(code);
    }

    /** Units of effort, the ones a PERFORMANCE arrangement prices. */
    public boolean isEffort() {
        return this == MINUTE || this == HOUR || this == ETMAAL || this == DAGDEEL || this == PIECE_EFFORT;
    }

    /** Units of result, the ones a RESULT arrangement prices. */
    public boolean isResult() {
        return this == PIECE_OUTPUT || this == EUROS;
    }
}
