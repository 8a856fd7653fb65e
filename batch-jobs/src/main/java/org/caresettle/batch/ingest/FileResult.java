package org.caresettle.batch.ingest;

/** What ingesting one inbox file did; {@code outcome} is null for a file already known. */
record FileResult(FileOutcome outcome, int declarations, long linesAccepted, long linesRejected) {

    static FileResult known() {
        return new FileResult(null, 0, 0, 0);
    }

    static FileResult of(FileOutcome outcome) {
        return new FileResult(outcome, 0, 0, 0);
    }
}
