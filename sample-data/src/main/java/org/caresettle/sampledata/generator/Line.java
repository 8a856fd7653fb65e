package org.caresettle.sampledata.generator;

/** One declared line (prestatie) while its declaration is assembled; fields as the 12 line columns of SPEC 4. */
final class Line {

    String bsn;
    String reference;
    /** Null for a debit. */
    String previousReference;
    String allocationNumber;
    String category;
    String code;
    int productStart;
    int productEnd;
    long volume;
    String unit;
    /** -1: no tariff (unit 83). */
    long tariff;
    long amount;
    boolean credit;
    /** The code the line is meant to be rejected with, or null when it should be accepted. */
    String expectedCode;
    /** A debit that a credit in the next period will reverse. */
    boolean creditLater;

    Line copy() {
        Line line = new Line();
        line.bsn = bsn;
        line.reference = reference;
        line.previousReference = previousReference;
        line.allocationNumber = allocationNumber;
        line.category = category;
        line.code = code;
        line.productStart = productStart;
        line.productEnd = productEnd;
        line.volume = volume;
        line.unit = unit;
        line.tariff = tariff;
        line.amount = amount;
        line.credit = credit;
        line.expectedCode = expectedCode;
        line.creditLater = creditLater;
        return line;
    }

    /** The amount as the header total counts it: credits negative. */
    long signedAmount() {
        return credit ? -amount : amount;
    }
}
