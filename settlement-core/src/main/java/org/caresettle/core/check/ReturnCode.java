package org.caresettle.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The return codes (RetourCodes) the checks and answers give, named as the iStandaard names them
 * so that a provider can look them up. A line's codes come in the order of SPEC 4.2; a list of
 * codes is stored and written joined with {@code |} ({@link #joined}, {@link #split}).
 */
public enum ReturnCode {

    TECHNICAL("0001"),
    ALL_ACCEPTED("8001"),
    SOME_REJECTED("0200"),

    UNKNOWN_MUNICIPALITY("S300"),
    DECLARATION_NUMBER_RECEIVED("9333"),
    MESSAGE_ID_RECEIVED("9056"),
    DATE_AFTER_BUSINESS_DATE("8848"),

    NO_ALLOCATION("9338"),
    ALLOCATION_DELETED("9384"),
    BSN_DIFFERS("8187"),
    CATEGORY_DIFFERS("9339"),
    CODE_DIFFERS("9340"),
    UNIT_DIFFERS("9341"),
    PRODUCT_PERIOD_OUTSIDE_DECLARATION("9319"),
    START_OUTSIDE_ALLOCATION("9307"),
    END_OUTSIDE_ALLOCATION("9308"),
    AMOUNT_INCORRECT("9346"),
    NO_ARRANGEMENT("0611"),
    REFERENCE_ALREADY_SENT("8021"),
    DUPLICATE_DEBIT("9389"),
    MONTH_VOLUME_EXCEEDED("9321"),
    TOTAL_VOLUME_EXCEEDED("9322"),
    BUDGET_EXCEEDED("9369"),

    NO_DEBIT_TO_CREDIT("8017"),
    ALREADY_CREDITED("9390");

    private static final String SEPARATOR = "|";

    private final String code;

    ReturnCode(String code) {
        this.code = code;
    }

    /** The code as the iStandaard writes it, e.g. {@code 9338}. */
    public String code() {
        return code;
    }

    public static ReturnCode of(String code) {
        for (ReturnCode candidate : values()) {
            if (candidate.code.equals(code)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("unknown return code " + code);
    }

    /** The codes joined with {@code |} ({@code 9338|8021}); empty for none. */
    public static String joined(List<ReturnCode> codes) {
        return String.join(SEPARATOR, codes.stream().map(ReturnCode::code).toList());
    }

    /** The reverse of {@link #joined}. */
    public static List<ReturnCode> split(String joined) {
        List<ReturnCode> codes = new ArrayList<>();
        if (!joined.isEmpty()) {
            for (String code : joined.split("\\" + SEPARATOR)) {
                codes.add(of(code));
            }
        }
        return List.copyOf(codes);
    }

    @Override
    public String toString() {
        return code;
    }
}
