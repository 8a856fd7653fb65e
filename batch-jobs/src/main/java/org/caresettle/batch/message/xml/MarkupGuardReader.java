package org.caresettle.batch.message.xml;

import java.io.IOException;
import java.io.Reader;

/**
 * Sits between the decoded file and the StAX parser and stops what the JDK parser would buffer
 * whole: it reads character data in chunks, but a comment, CDATA section, processing instruction
 * or tag (attribute values) is held in one piece, so a 100 MB comment would cost 200 MB of heap.
 * Any such construct longer than {@link #MAX_MARKUP_CHARS} refuses the file, and so does a
 * DOCTYPE, before the parser reads its internal subset. A leading byte order mark is dropped.
 *
 * <p>The scan is a small state machine over the characters; it does not judge well-formedness,
 * which stays with the parser.
 */
final class MarkupGuardReader extends Reader {

    static final int MAX_MARKUP_CHARS = 1 << 20;

    private enum State { TEXT, OPENING, TAG, COMMENT, CDATA, PI }

    private static final String COMMENT_START = "!--";
    private static final String CDATA_START = "![CDATA[";
    private static final String DOCTYPE_START = "!DOCTYPE";

    private final Reader in;
    private State state = State.TEXT;
    private final StringBuilder opening = new StringBuilder();
    private long constructLength;
    private char quote;
    private char previous;
    private char beforePrevious;
    private long line = 1;
    private boolean first = true;

    MarkupGuardReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n <= 0) {
            return n;
        }
        if (first) {
            first = false;
            if (buffer[offset] == '\uFEFF') {
                System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
                n--;
                if (n == 0) {
                    return read(buffer, offset, length);
                }
            }
        }
        for (int i = offset; i < offset + n; i++) {
            scan(buffer[i]);
        }
        return n;
    }

    private void scan(char c) throws MessageRefusedException {
        if (c == '\n') {
            line++;
        }
        switch (state) {
            case TEXT -> {
                if (c == '<') {
                    state = State.OPENING;
                    opening.setLength(0);
                    constructLength = 1;
                }
            }
            case OPENING -> opening(c);
            case TAG -> {
                count("tag");
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    state = State.TEXT;
                }
            }
            case COMMENT -> {
                count("comment");
                if (c == '>' && previous == '-' && beforePrevious == '-') {
                    state = State.TEXT;
                }
            }
            case CDATA -> {
                count("CDATA section");
                if (c == '>' && previous == ']' && beforePrevious == ']') {
                    state = State.TEXT;
                }
            }
            case PI -> {
                count("processing instruction");
                if (c == '>' && previous == '?') {
                    state = State.TEXT;
                }
            }
        }
        beforePrevious = previous;
        previous = c;
    }

    private void opening(char c) throws MessageRefusedException {
        constructLength++;
        if (opening.length() == 0 && c != '!' && c != '?') {
            tag(c); // a tag's name (or '/'): no prefix to match, and no string to build for it
            return;
        }
        opening.append(c);
        String prefix = opening.toString();
        if (prefix.equals("?")) {
            state = State.PI;
            previous = 0;
            return;
        }
        if (prefix.equals(COMMENT_START)) {
            state = State.COMMENT;
            // "<!-->" does not close the comment it opens
            previous = 0;
            beforePrevious = 0;
            return;
        }
        if (prefix.equals(CDATA_START)) {
            state = State.CDATA;
            previous = 0;
            beforePrevious = 0;
            return;
        }
        if (prefix.equals(DOCTYPE_START)) {
            throw new MessageRefusedException("DOCTYPE not allowed");
        }
        if (COMMENT_START.startsWith(prefix) || CDATA_START.startsWith(prefix) || DOCTYPE_START.startsWith(prefix)) {
            return;
        }
        tag(c);
    }

    private void tag(char c) {
        state = State.TAG;
        quote = 0;
        // the characters read so far are names or '!'; only the last can end or quote the tag
        if (c == '>') {
            state = State.TEXT;
        } else if (c == '"' || c == '\'') {
            quote = c;
        }
    }

    private void count(String construct) throws MessageRefusedException {
        if (++constructLength > MAX_MARKUP_CHARS) {
            throw new MessageRefusedException(construct + " longer than " + MAX_MARKUP_CHARS + " characters at line " + line);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
