package org.caresettle.batch.inbox.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses binary content before the UTF-8 decoder sees it. The decoder reads in blocks through
 * this stream, so a binary file (a PNG, an archive, random bytes) is named "not a text file"
 * rather than "not UTF-8 text". Control bytes other than tab, line feed, form feed and carriage
 * return never occur in a declaration; in UTF-8 such a byte is always that control character.
 * A UTF-16 byte order mark says the file is text in the wrong encoding.
 */
final class TextBytesGuard extends FilterInputStream {

    private boolean atStart = true;

    TextBytesGuard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            check(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("skipping would bypass the text check");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(byte[] buffer, int offset, int length) throws CsvRefusal {
        if (atStart) {
            atStart = false;
            if (length >= 2 && isUtf16Mark(buffer[offset], buffer[offset + 1])) {
                throw new CsvRefusal("not UTF-8 text");
            }
        }
        for (int i = offset; i < offset + length; i++) {
            int b = buffer[i];
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
                throw new CsvRefusal("not a text file");
            }
        }
    }

    private static boolean isUtf16Mark(byte first, byte second) {
        return (first == (byte) 0xFE && second == (byte) 0xFF) || (first == (byte) 0xFF && second == (byte) 0xFE);
    }
}
