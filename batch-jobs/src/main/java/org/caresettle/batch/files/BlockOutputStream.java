package org.caresettle.batch.files;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * A buffer before an output stream for writers that hand over one byte at a time (the JDK's StAX
 * writer does): unlike {@link java.io.BufferedOutputStream} and {@link java.io.ByteArrayOutputStream},
 * whose every {@code write(int)} takes a lock, it takes none; one thread writes it. Issue 17: the
 * lock per byte of an XML answer showed in the profile of an inbox of one-declaration messages.
 * {@link #flush()} passes everything on; closing it does not close the stream it writes to.
 */
public final class BlockOutputStream extends OutputStream {

    private static final int BLOCK = 8192;

    private final OutputStream out;
    private final byte[] block = new byte[BLOCK];
    private int used;

    public BlockOutputStream(OutputStream out) {
        this.out = Objects.requireNonNull(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (used == BLOCK) {
            pass();
        }
        block[used++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (length >= BLOCK) {
            pass();
            out.write(bytes, offset, length);
            return;
        }
        if (length > BLOCK - used) {
            pass();
        }
        System.arraycopy(bytes, offset, block, used, length);
        used += length;
    }

    @Override
    public void flush() throws IOException {
        pass();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private void pass() throws IOException {
        if (used > 0) {
            out.write(block, 0, used);
            used = 0;
        }
    }
}
