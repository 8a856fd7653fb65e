package org.caresettle.batch.statement;

/**
 * One file of a version as {@code manifest.csv} lists it: its data rows (header not counted), the
 * sum of its money column over the lines that are not TOTALs, and the SHA-256 of its bytes.
 */
public record ManifestEntry(String file, long rows, long totalCents, String sha256) {
}
