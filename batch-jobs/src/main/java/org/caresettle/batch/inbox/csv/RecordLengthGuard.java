package org.caresettle.batch.inbox.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * Caps the characters of one CSV record before the parser buffers them, so that a file with a
 * 100 MB cell (or a quote that is never closed) is refused instead of filling the heap. It
 * follows the quoting rules of the parser (a quote opens a quoted cell only at the start of a
 * cell, surrounding spaces allowed; a doubled quote inside is a quote), because a line break
 * inside quotes does not end the record and must not reset the count.
 */
final class RecordLengthGuard extends Reader {

    private enum State { CELL_START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED }

    private final Reader in;
    private final int maxChars;
    private char separator;
    private State state = State.CELL_START;
    private long charsInRecord;
    private long line = 1;
    private long recordStartLine = 1;
    private boolean lastWasCarriageReturn;

    RecordLengthGuard(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * From here on records are counted with this separator; the header line was read before it
     * was known. {@code lookahead} is a character already read past the header's line break
     * (or -1), which belongs to the first record.
     */
    void startRecords(char separator, int lookahead) {
        this.separator = separator;
        state = State.CELL_START;
        charsInRecord = 0;
        recordStartLine = line;
        if (lookahead != -1) {
            charsInRecord = 1;
            step((char) lookahead);
        }
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            accept(buffer[i]);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void accept(char c) throws CsvRefusal {
        boolean lineBreak = c == '\n' || c == '\r';
        if (lineBreak && !(c == '\n' && lastWasCarriageReturn)) {
            line++;
        }
        lastWasCarriageReturn = c == '\r';
        if (++charsInRecord > maxChars) {
            throw new CsvRefusal("line " + recordStartLine + " is longer than " + maxChars + " characters");
        }
        step(c);
    }

    private void step(char c) {
        boolean lineBreak = c == '\n' || c == '\r';
        state = next(state, c, lineBreak);
        if (lineBreak && state == State.CELL_START) {
            charsInRecord = 0;
            recordStartLine = line;
        }
    }

    private State next(State current, char c, boolean lineBreak) {
        return switch (current) {
            case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
            case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : outsideQuotes(c, lineBreak);
            case CELL_START -> c == '"' ? State.QUOTED : (c == ' ' || c == '\t') ? State.CELL_START : outsideQuotes(c, lineBreak);
            case UNQUOTED -> outsideQuotes(c, lineBreak);
        };
    }

    private State outsideQuotes(char c, boolean lineBreak) {
        return lineBreak || c == separator ? State.CELL_START : State.UNQUOTED;
    }
}
