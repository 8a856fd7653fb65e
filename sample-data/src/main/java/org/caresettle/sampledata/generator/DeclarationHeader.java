package org.caresettle.sampledata.generator;

/** The header fields of one declaration (message); {@code total} is unsigned, its sign in {@code totalDc}. */
record DeclarationHeader(String messageId, String messageDate, String providerAgb, String municipalityCode, String law,
        String declarationNumber, String periodStart, String periodEnd, String declarationDate, long total,
        String totalDc) {
}
