package org.caresettle.batch.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens input bytes as strict UTF-8 text: a byte sequence that is not UTF-8 is an error
 * (never silently replaced), and a leading byte order mark is skipped.
 */
public final class Utf8Text {

    private static final int BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    public static Reader open(InputStream in) throws IOException {
        Reader strict = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        PushbackReader reader = new PushbackReader(strict, 1);
        int first = reader.read();
        if (first != -1 && first != BYTE_ORDER_MARK) {
            reader.unread(first);
        }
        return reader;
    }
}
