package org.caresettle.batch.message.xml;

import java.util.regex.Pattern;

/**
 * The XsdVersie block of a message header. A JW325 echoes the declaration's versions as
 * XsdVersieDeclaratie, so the reader keeps them beside the 24 columns.
 */
public record XsdVersion(String basisschema, String message) {

    private static final Pattern VERSION = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

    /** True when both parts have the LDT_Versie form {@code n.n.n}, so they can be written back. */
    public boolean wellFormed() {
        return basisschema != null && message != null
                && VERSION.matcher(basisschema).matches() && VERSION.matcher(message).matches();
    }
}
