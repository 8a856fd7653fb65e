package org.caresettle.core.reference.check;

/** The stable rule ids of the reference checks; {@link ReferenceChecker} describes each. */
final class Rule {

    static final String HEADER = "HEADER";
    static final String UNIQUE_KEY = "UNIQUE_KEY";
    static final String OUTCOME_UNIQUE = "OUTCOME_UNIQUE";
    static final String POOLED_ONLY_JW = "POOLED_ONLY_JW";
    static final String ARRANGEMENT_OVERLAP = "ARRANGEMENT_OVERLAP";
    static final String POOLING_KEY_INCOMPLETE = "POOLING_KEY_INCOMPLETE";
    static final String POOLING_KEY_SUM = "POOLING_KEY_SUM";
    static final String FINANCING_UNIT = "FINANCING_UNIT";
    static final String END_BEFORE_START = "END_BEFORE_START";
    static final String BSN_ELEVEN_PROOF = "BSN_ELEVEN_PROOF";
    static final String UNKNOWN_MUNICIPALITY = "UNKNOWN_MUNICIPALITY";
    static final String UNKNOWN_REGION = "UNKNOWN_REGION";
    static final String UNKNOWN_PROVIDER = "UNKNOWN_PROVIDER";
    static final String UNKNOWN_ALLOCATION = "UNKNOWN_ALLOCATION";

    private Rule() {
    }

    /** {@code FORMAT:<column>}, or {@code FORMAT:row} for a row with the wrong number of cells. */
    static String format(String column) {
        return "FORMAT:" + column;
    }
}
