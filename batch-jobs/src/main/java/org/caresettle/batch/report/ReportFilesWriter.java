package org.caresettle.batch.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.caresettle.batch.statement.StatementCsvWriter;
import org.caresettle.core.risk.RiskReport;
import org.caresettle.core.risk.RiskRow;
import org.caresettle.core.value.Period;

/**
 * Writes the files of one report into its (pending) folder: {@code risk_<municipality>.csv} in the
 * statements' CSV style (Commons CSV, every cell through {@code CsvCells.guard}) and {@code overview.html}.
 * Each file is forced to disk before the database rows are committed, as the statements are.
 */
final class ReportFilesWriter {

    static final String OVERVIEW = "overview.html";

    private ReportFilesWriter() {
    }

    static void write(Path folder, Period period, int version, List<RegionReport> regions) throws IOException {
        for (RegionReport region : regions) {
            for (MunicipalityReport municipality : region.municipalities()) {
                writeRisk(folder, municipality.risk());
            }
        }
        writeDurably(folder.resolve(OVERVIEW), OverviewPage.render(period, version, regions));
    }

    private static void writeRisk(Path folder, RiskReport report) throws IOException {
        try (StatementCsvWriter writer = StatementCsvWriter.create(folder.resolve(report.fileName()), RiskRow.HEADER)) {
            for (RiskRow row : report.rows()) {
                writer.row(row.cells(), 0);
            }
            writer.finish();
        }
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
