package org.caresettle.core.value;

/** How an allocation's volume is meant (iWmo code list WMO757). */
public enum Frequency {
    PER_DAY("1"),
    PER_WEEK("2"),
    PER_MONTH("4"),
    TOTAL("6");

    private final String code;

    Frequency(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Frequency parse(String text) {
        for (Frequency frequency : values()) {
            if (frequency.code.equals(text)) {
                return frequency;
            }
        }
        throw new ValueFormatException("frequency must be 1, 2, 4 or 6: '" + text + "'");
    }
}
