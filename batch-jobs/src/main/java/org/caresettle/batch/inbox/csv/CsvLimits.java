package org.caresettle.batch.inbox.csv;

/**
 * The bounds that keep the heap small whatever the file size: the characters one record may
 * have, and the rows the reader may buffer for messages whose rows are interleaved with others
 * (one declaration larger than the budget is still held whole: a declaration is the unit handed out).
 */
record CsvLimits(int maxLineChars, long rowBudget) {

    static final CsvLimits DEFAULT = new CsvLimits(64 * 1024, 100_000);
}
