package org.caresettle.batch.ingest;

/** An output file as written: its path relative to the output folder and its SHA-256. */
record WrittenFile(String relativePath, String sha256) {
}
