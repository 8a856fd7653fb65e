package org.caresettle.batch.privacy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Captures everything written to {@code System.out} and {@code System.err} while it is open, and
 * still passes it on. The application logs to the console (Logback's console appender looks
 * {@code System.out} up on every write), so this sees every log line of an in-process run, whatever
 * Spring Boot does to the logging configuration when a context starts or stops.
 */
final class ConsoleCapture implements AutoCloseable {

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private ConsoleCapture() {
        System.setOut(new PrintStream(new Tee(originalOut, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(originalErr, captured), true, StandardCharsets.UTF_8));
    }

    static ConsoleCapture start() {
        return new ConsoleCapture();
    }

    String text() {
        System.out.flush();
        System.err.flush();
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        System.out.flush();
        System.err.flush();
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final ByteArrayOutputStream second;

        Tee(OutputStream first, ByteArrayOutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) {
            synchronized (second) {
                second.write(b);
            }
            try {
                first.write(b);
            } catch (java.io.IOException e) {
                // the original console is best effort
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (second) {
                second.write(b, off, len);
            }
            try {
                first.write(b, off, len);
            } catch (java.io.IOException e) {
                // the original console is best effort
            }
        }

        @Override
        public void flush() throws java.io.IOException {
            first.flush();
        }
    }
}
