package org.caresettle.batch.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.cli.RefusedException;
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

    /** The SHA-256 of the file's bytes, as {@link #read} records it (of no bytes when the file is missing). */
    String sha256(Path folder, ReferenceFile file) {
        MessageDigest digest = Sha256.newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(folder.resolve(file.fileName())), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            return Sha256.hex(Sha256.newDigest().digest());
        } catch (IOException e) {
            throw new RefusedException(file.fileName() + ": cannot be read: " + e.getMessage());
        }
        return Sha256.hex(digest.digest());
    }

    ReferenceFileContent read(Path folder, ReferenceFile file) {
        Path path = folder.resolve(file.fileName());
        MessageDigest digest = Sha256.newDigest();
        List<String> header = file.columns();
        List<ReferenceRow> rows = new ArrayList<>();
        boolean present = Files.exists(path);
        if (present) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest);
                    Reader reader = Utf8Text.open(in);
                    CSVParser parser = CSVParser.parse(reader, FORMAT)) {
                header = null;
                for (CSVRecord record : parser) {
                    int line = (int) parser.getCurrentLineNumber();
                    List<String> cells = record.toList();
                    if (header == null) {
                        header = cells;
                    } else if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
                        rows.add(new ReferenceRow(line, cells));
                    }
                }
                if (header == null) {
                    header = List.of();
                }
            } catch (NoSuchFileException e) {
                present = false;
            } catch (CharacterCodingException e) {
                throw new RefusedException(file.fileName() + ": not UTF-8 text");
            } catch (UncheckedIOException | IOException e) {
                Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
                if (cause instanceof CharacterCodingException) {
                    throw new RefusedException(file.fileName() + ": not UTF-8 text");
                }
                throw new RefusedException(file.fileName() + ": cannot be read as CSV: " + cause.getMessage());
            }
        }
        return new ReferenceFileContent(new ReferenceTable(file, header, rows), Sha256.hex(digest.digest()), present);
    }
}
