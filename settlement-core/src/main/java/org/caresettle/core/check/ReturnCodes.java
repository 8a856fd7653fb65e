package org.caresettle.core.check;

/**
 * The return codes (RetourCodes) the checks give, named as the iStandaard names them so that a
 * provider can look them up. The order of SPEC 4.2 is {@link #LINE_ORDER}.
 */
public final class ReturnCodes {

    public static final String TECHNICAL = "0001";

    public static final String UNKNOWN_MUNICIPALITY = "S300";
    public static final String DECLARATION_NUMBER_RECEIVED = "9333";
    public static final String MESSAGE_ID_RECEIVED = "9056";
    public static final String DATE_AFTER_BUSINESS_DATE = "8848";

    public static final String NO_ALLOCATION = "9338";
    public static final String ALLOCATION_DELETED = "9384";
    public static final String BSN_DIFFERS = "8187";
    public static final String CATEGORY_DIFFERS = "9339";
    public static final String CODE_DIFFERS = "9340";
    public static final String UNIT_DIFFERS = "9341";
    public static final String PRODUCT_PERIOD_OUTSIDE_DECLARATION = "9319";
    public static final String START_OUTSIDE_ALLOCATION = "9307";
    public static final String END_OUTSIDE_ALLOCATION = "9308";
    public static final String AMOUNT_INCORRECT = "9346";
    public static final String NO_ARRANGEMENT = "0611";
    public static final String REFERENCE_ALREADY_SENT = "8021";
    public static final String DUPLICATE_DEBIT = "9389";
    public static final String MONTH_VOLUME_EXCEEDED = "9321";
    public static final String TOTAL_VOLUME_EXCEEDED = "9322";
    public static final String BUDGET_EXCEEDED = "9369";

    public static final String NO_DEBIT_TO_CREDIT = "8017";
    public static final String ALREADY_CREDITED = "9390";

    private ReturnCodes() {
    }
}
