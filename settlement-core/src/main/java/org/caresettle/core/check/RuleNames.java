package org.caresettle.core.check;

import org.caresettle.core.declaration.DeclarationColumn;

/**
 * Names of the technical rules of SPEC 4.1 and 14 that answer {@code 0001}. The standard's own
 * names where it has one, {@code FIELD:<column>} for a missing or malformed field.
 */
public final class RuleNames {

    public static final String PERIOD_NOT_ONE_MONTH = "CS340";
    public static final String ELEVEN_PROOF = "CS002";
    public static final String TOTAL_MISMATCH = "TR358";
    public static final String ZERO_CREDIT = "CS325";
    public static final String END_BEFORE_START = "TR137";
    public static final String PREVIOUS_REFERENCE = "CD060";
    public static final String REFERENCE_TWICE = "TR101";
    public static final String CREDIT_OF_OWN_DEBIT = "TR316";
    public static final String NO_LINES = "FIELD:lines";

    private RuleNames() {
    }

    public static String field(DeclarationColumn column) {
        return "FIELD:" + column.columnName();
    }
}
