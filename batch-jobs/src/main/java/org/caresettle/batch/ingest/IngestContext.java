package org.caresettle.batch.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import org.caresettle.core.check.ledger.Ledger;
import org.caresettle.core.reference.ReferenceData;

/**
 * What every file of one ingest run is checked against: the reference data in force, the
 * cumulative state of earlier lines (kept up to date as lines are accepted) and the business date;
 * and where the lines done are counted for the operator.
 */
record IngestContext(Path out, LocalDate businessDate, ReferenceData reference, Ledger ledger, IngestProgressBoard progress) {
}
