package org.caresettle.batch.reference;

import org.caresettle.core.reference.check.ReferenceTable;

/** A reference file as read: its rows, the SHA-256 of its bytes, and whether it exists at all. */
record ReferenceFileContent(ReferenceTable table, String sha256, boolean present) {
}
