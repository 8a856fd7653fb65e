package org.caresettle.batch.inbox.csv;

import java.io.IOException;

/**
 * Why a CSV inbox file cannot be read at all. Thrown from inside the reader stack, so that a
 * guard deep under the CSV parser can stop the parse; its message is the reason listed for the
 * file and therefore names lines and columns only, never cell content (a cell may be a BSN).
 */
final class CsvRefusal extends IOException {

    private static final long serialVersionUID = 1L;

    CsvRefusal(String reason) {
        super(reason);
    }

    String reason() {
        return getMessage();
    }

    /** The refusal somewhere in a chain of wrapping exceptions (the parser wraps reader errors). */
    static CsvRefusal findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof CsvRefusal refusal) {
                return refusal;
            }
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return new CsvRefusal("not UTF-8 text");
            }
        }
        return null;
    }
}
