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
    SKIPPED,
    /**
     * Listed by the ingest, then gone from the inbox or changed before it was read (issue 11); the
     * reason says which. Not known: the next ingest takes the file as it is then.
     */
    VANISHED
}
