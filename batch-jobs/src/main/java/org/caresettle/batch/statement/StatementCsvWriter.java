package org.caresettle.batch.statement;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.caresettle.batch.csv.CsvCells;
import org.caresettle.batch.csv.Sha256;

/**
 * Writes one statement file and counts, sums and hashes it on the way, so the manifest never
 * needs a second read. The bytes are forced to disk for the whole version folder at once (see
 * {@link DurableFolder}): a version is recorded in the database only after its files are durable
 * (see {@code settle}'s package comment).
 */
public final class StatementCsvWriter implements Closeable {

    /** UTF-8 without BOM, comma, {@code \n} line ends, quotes only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Path path;
    private final FileOutputStream file;
    private final DigestOutputStream digest;
    private final Writer writer;
    private final CSVPrinter printer;
    private long rows;
    private long totalCents;
    private boolean finished;

    private StatementCsvWriter(Path path, List<String> header) throws IOException {
        this.path = path;
        this.file = new FileOutputStream(path.toFile());
        this.digest = new DigestOutputStream(file, Sha256.newDigest());
        // Buffered before the encoder: the printer writes cell by cell, and each unbuffered write went
        // through the charset encoder on its own (~15% of a 1M-line settle's CPU samples).
        this.writer = new BufferedWriter(new OutputStreamWriter(digest, StandardCharsets.UTF_8), 1 << 16);
        this.printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(header);
    }

    public static StatementCsvWriter create(Path path, List<String> header) throws IOException {
        return new StatementCsvWriter(path, header);
    }

    /** One data row; {@code countedCents} is what it adds to the manifest total (0 for a TOTAL line). */
    public void row(List<String> cells, long countedCents) throws IOException {
        List<String> guarded = new ArrayList<>(cells.size());
        for (String cell : cells) {
            guarded.add(CsvCells.guard(cell));
        }
        printer.printRecord(guarded);
        rows++;
        totalCents = Math.addExact(totalCents, countedCents);
    }

    public ManifestEntry finish() throws IOException {
        printer.flush();
        writer.flush();
        finished = true;
        file.close();
        return new ManifestEntry(path.getFileName().toString(), rows, totalCents,
                Sha256.hex(digest.getMessageDigest().digest()));
    }

    /** Closes a writer that was not finished (after a failure); a finished one is closed already. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            file.close();
        }
    }
}
