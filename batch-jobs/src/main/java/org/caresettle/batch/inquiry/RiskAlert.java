package org.caresettle.batch.inquiry;

/** An indicator of a municipality's risk report at level ALERT (SPEC 11). */
public record RiskAlert(String municipality, String indicator, String value, String threshold, String detail) {
}
