package org.caresettle.batch.statement;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caresettle.batch.csv.Utf8Text;

/**
 * Reads a statement file back, row by row, as {@code verify} needs it: the header must be exactly
 * the expected columns, every row must have as many cells, and the formula guard of
 * {@link org.caresettle.batch.csv.CsvCells} is taken off again. Rows stream, so a large detail file
 * needs no memory.
 */
public final class StatementCsvReader {

    /** A data row with its physical line number (header = line 1; statement cells never span lines). */
    public record Row(String file, long line, List<String> cells) {

        public String get(int column) {
            return cells.get(column);
        }

        public StatementCheckException error(String message) {
            return new StatementCheckException(file, line, message);
        }
    }

    private StatementCsvReader() {
    }

    public static void forEach(Path path, List<String> header, Consumer<Row> action) {
        String file = displayName(path);
        try (Reader reader = Utf8Text.open(Files.newInputStream(path));
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(StatementCsvWriter.FORMAT).get()) {
            boolean first = true;
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber();
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(unguard(cell)));
                if (first) {
                    if (!cells.equals(header)) {
                        throw new StatementCheckException(file, line, "header must be " + String.join(",", header));
                    }
                    first = false;
                } else if (cells.size() != header.size()) {
                    throw new StatementCheckException(file, line, cells.size() + " cells, expected " + header.size());
                } else {
                    action.accept(new Row(file, line, List.copyOf(cells)));
                }
            }
            if (first) {
                throw new StatementCheckException(file, 1, "no header");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new StatementCheckException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    public static List<Row> read(Path path, List<String> header) {
        List<Row> rows = new ArrayList<>();
        forEach(path, header, rows::add);
        return rows;
    }

    /** The file as messages name it: with its version folder ({@code v2/invoice_0405.csv}). */
    public static String displayName(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        String name = path.getFileName().toString();
        return parent == null || parent.getFileName() == null ? name : parent.getFileName() + "/" + name;
    }

    /** Takes off the leading {@code '} that the formula guard puts before =, +, - or @. */
    static String unguard(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }
}
