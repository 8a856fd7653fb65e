package org.caresettle.batch.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.caresettle.batch.statement.StatementCsvWriter;
import org.caresettle.core.risk.RiskReport;
import org.caresettle.core.risk.RiskRow;
import org.caresettle.core.value.Period;

/**
 * Writes the files of one report into its (pending) folder: {@code risk_<municipality>.csv} in the
 * statements' CSV style (Commons CSV, every cell through {@code CsvCells.guard}) and {@code overview.html}.
 * A risk file's rows start with whose report it is and the version of the statements it was made from
 * ({@link #COLUMNS}, issue 15), so a report copied away still says what it reports on.
 * Each file is forced to disk before the database rows are committed, as the statements are.
 */
final class ReportFilesWriter {

    static final String OVERVIEW = "overview.html";
    static final List<String> COLUMNS = columns();

    private ReportFilesWriter() {
    }

    static void write(Path folder, Period period, int version, List<RegionReport> regions) throws IOException {
        for (RegionReport region : regions) {
            for (MunicipalityReport municipality : region.municipalities()) {
                writeRisk(folder, municipality.risk(), version);
            }
        }
        writeDurably(folder.resolve(OVERVIEW), OverviewPage.render(period, version, regions));
    }

    private static void writeRisk(Path folder, RiskReport report, int version) throws IOException {
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(report.fileName()), COLUMNS)) {
            for (RiskRow row : report.rows()) {
                List<String> cells = new ArrayList<>(List.of(report.municipality().value(), report.period().toString(),
                        Integer.toString(version)));
                cells.addAll(row.cells());
                writer.row(cells, 0);
            }
            writer.finish();
        }
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("municipality_code", "period", "version"));
        columns.addAll(RiskRow.HEADER);
        return List.copyOf(columns);
    }

    private static void writeDurably(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        }
    }
}
