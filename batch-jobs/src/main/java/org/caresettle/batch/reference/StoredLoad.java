package org.caresettle.batch.reference;

/** The latest stored load of one reference file. */
record StoredLoad(long loadId, String fileName, String sha256, int rowCount) {
}
