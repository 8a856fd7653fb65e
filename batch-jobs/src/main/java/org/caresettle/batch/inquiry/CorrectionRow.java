package org.caresettle.batch.inquiry;

/**
 * One invoice line whose amount moved against the previous version, as {@code corrections.csv} has
 * it (the stored line key split into its columns; empty columns are null).
 */
public record CorrectionRow(int version, String municipality, String lineType, String provider, String law,
        String category, String code, String financing, String unit, long previousCents, long newCents,
        long differenceCents) {
}
