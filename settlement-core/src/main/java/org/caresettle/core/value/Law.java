package org.caresettle.core.value;

/** The law a product falls under: youth care (Jeugdwet) or social support (Wmo). */
public enum Law {
    JW,
    WMO;

    public static Law parse(String text) {
        for (Law law : values()) {
            if (law.name().equals(text)) {
                return law;
            }
        }
        throw new ValueFormatException("law must be JW or WMO: '" + text + "'");
    }
}
