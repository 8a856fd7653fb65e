package org.caresettle.batch.statement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code manifest.csv}: every other file of the version with its data rows, its total (the sum of
 * its money column over lines that are not TOTALs: amount_cents of invoices and payments,
 * difference_cents of corrections, cost_cents of details) and its SHA-256; sorted by file name.
 * It holds no timestamp, so equal inputs give an equal manifest.
 */
public final class Manifest {

    public static final String FILE = "manifest.csv";
    public static final List<String> COLUMNS = List.of("file", "rows", "total_cents", "sha256");

    private Manifest() {
    }

    /** Writes the manifest and returns its own SHA-256, which the database keeps (V10). */
    public static String write(Path folder, List<ManifestEntry> entries) throws IOException {
        List<ManifestEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(ManifestEntry::file));
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(FILE), COLUMNS)) {
            for (ManifestEntry entry : sorted) {
                writer.row(List.of(entry.file(), Long.toString(entry.rows()), Long.toString(entry.totalCents()),
                        entry.sha256()), 0);
            }
            return writer.finish().sha256();
        }
    }

    /** A listed file with the line of the manifest that lists it. */
    public record Listed(ManifestEntry entry, long line) {
    }

    public static List<Listed> read(Path folder) {
        List<Listed> listed = new ArrayList<>();
        StatementCsvReader.forEach(folder.resolve(FILE), COLUMNS, row -> {
            RowValues values = new RowValues(row, COLUMNS);
            listed.add(new Listed(new ManifestEntry(values.required("file"), values.cents("rows"),
                    values.cents("total_cents"), values.required("sha256")), row.line()));
        });
        return listed;
    }
}
