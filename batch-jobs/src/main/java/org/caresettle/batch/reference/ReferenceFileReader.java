package org.caresettle.batch.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.exit.RefusedException;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.batch.csv.Utf8Text;
import org.caresettle.core.reference.check.ReferenceFile;
import org.caresettle.core.reference.check.ReferenceRow;
import org.caresettle.core.reference.check.ReferenceTable;

/**
 * Reads one reference CSV file (SPEC 3: UTF-8, comma-separated, a header row) into plain text
 * rows for the core's checker, and fingerprints its bytes. A missing file reads as empty.
 * Text that is not CSV or not UTF-8 refuses the file, naming the line.
 */
class ReferenceFileReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();

    /** The SHA-256 of no bytes: what a missing file is recorded with. */
    static final String NO_BYTES_SHA256 = Sha256.hex(Sha256.newDigest().digest());

    /** The SHA-256 of the file's bytes, as {@link #read} records it (of no bytes when the file is missing). */
    String sha256(Path folder, ReferenceFile file) {
        return sha256Of(folder.resolve(file.fileName()), file);
    }

    private static String sha256Of(Path path, ReferenceFile file) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            return NO_BYTES_SHA256;
        } catch (IOException e) {
            throw new RefusedException(file.fileName() + ": cannot be read: " + e.getMessage());
        }
        return Sha256.hex(digest.digest());
    }

    /**
     * The file's header and its rows, streamed: the rows are read from disk each time they are gone
     * through (the checker once, the store once), so a national allocation file is never held whole.
     */
    ReferenceFileContent read(Path folder, ReferenceFile file) {
        return readFile(folder.resolve(file.fileName()), file);
    }

    /**
     * As {@link #read}, from a file of any name holding the content of {@code file}: a proposed
     * {@code pooling_keys.csv} of a what-if (issue 14) is checked by the same reading and rules.
     */
    ReferenceFileContent readFile(Path path, ReferenceFile file) {
        String sha256 = sha256Of(path, file);
        if (!Files.exists(path)) {
            return new ReferenceFileContent(ReferenceTable.empty(file), sha256, false);
        }
        List<String> header;
        try (Rows rows = new Rows(path, file)) {
            header = rows.header;
        }
        return new ReferenceFileContent(new ReferenceTable(file, header, () -> new Rows(path, file)), sha256, true);
    }

    /** The data rows after the header, one at a time; closes the file when the last is read. */
    private static final class Rows implements Iterator<ReferenceRow>, AutoCloseable {

        private final ReferenceFile file;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final List<String> header;
        private ReferenceRow next;

        Rows(Path path, ReferenceFile file) {
            this.file = file;
            try {
                parser = CSVParser.parse(Utf8Text.open(Files.newInputStream(path)), FORMAT);
            } catch (IOException e) {
                throw refusal(file, e);
            }
            records = parser.iterator();
            header = hasRecord() ? records.next().toList() : List.of();
            advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public ReferenceRow next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            ReferenceRow row = next;
            advance();
            return row;
        }

        private void advance() {
            next = null;
            while (next == null && hasRecord()) {
                List<String> cells = records.next().toList();
                if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                    next = new ReferenceRow((int) parser.getCurrentLineNumber(), cells);
                }
            }
            if (next == null) {
                close();
            }
        }

        private boolean hasRecord() {
            try {
                return records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
                close();
                throw refusal(file, e.getCause() != null ? e.getCause() : e);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static RefusedException refusal(ReferenceFile file, Throwable cause) {
        if (cause instanceof CharacterCodingException) {
            return new RefusedException(file.fileName() + ": not UTF-8 text");
        }
        return new RefusedException(file.fileName() + ": cannot be read as CSV: " + cause.getMessage());
    }
}
