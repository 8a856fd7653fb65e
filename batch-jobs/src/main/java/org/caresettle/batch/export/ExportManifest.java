package org.caresettle.batch.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.caresettle.batch.csv.Sha256;
import org.caresettle.batch.statement.RowValues;
import org.caresettle.batch.statement.StatementCsvReader;
import org.caresettle.batch.statement.StatementCsvWriter;

/**
 * {@code exports/<period>/v<N>/manifest.csv}: every workbook of the export with its size in bytes and its
 * SHA-256, sorted by name, in the statements' CSV style. The statements' own manifest does not list the
 * exports: they are derived files, and {@code verify} stays about the CSV statements.
 */
public final class ExportManifest {

    public static final String FILE = "manifest.csv";
    public static final List<String> COLUMNS = List.of("file", "bytes", "sha256");

    /** One listed workbook. */
    public record Entry(String file, long bytes, String sha256) {
    }

    private ExportManifest() {
    }

    /** Lists every other file of {@code folder}. */
    static void write(Path folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                entries.add(new Entry(file.getFileName().toString(), Files.size(file), Sha256.ofFile(file)));
            }
        }
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(FILE), COLUMNS)) {
            for (Entry entry : entries) {
                writer.row(List.of(entry.file(), Long.toString(entry.bytes()), entry.sha256()), 0);
            }
            writer.finish();
        }
    }

    public static List<Entry> read(Path folder) {
        List<Entry> entries = new ArrayList<>();
        StatementCsvReader.forEach(folder.resolve(FILE), COLUMNS, row -> {
            RowValues values = new RowValues(row, COLUMNS);
            entries.add(new Entry(values.required("file"), values.cents("bytes"), values.required("sha256")));
        });
        return entries;
    }
}
