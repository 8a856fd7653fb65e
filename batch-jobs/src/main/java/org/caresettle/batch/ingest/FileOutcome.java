package org.caresettle.batch.ingest;

/** What became of an inbox file (SPEC 4, 9, 14); the words files.csv shows. */
public enum FileOutcome {
    /** Read; every declaration in it was decided and answered. */
    INGESTED,
    /** The same content was ingested or rejected before; skipped. */
    DUPLICATE,
    /** Not readable as a declaration file at all; the reason says why. */
    REJECTED,
    /** Neither .csv nor .xml. */
    SKIPPED
}
